// A DMA controller's unbind flags each channel object it holds as disabled from an arrow callback. [class 7]
import type { platform } from '@bindsafe/kernel';

interface Channel {
  readonly id: number;
  enabled: boolean;
}

interface DmaData {
  readonly channels: readonly Channel[];
}

export const driver: platform.Driver<DmaData> = {
  name: 'held6-dm-chan',
  idTable: [{ compatible: 'vendor,bcm2835-dma' }],
  probe() {
    return { channels: [0, 1, 2].map((id) => ({ id, enabled: true })) };
  },
  unbind(_pdev, data) {
    data.channels.forEach((ch) => {
      ch.enabled = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};

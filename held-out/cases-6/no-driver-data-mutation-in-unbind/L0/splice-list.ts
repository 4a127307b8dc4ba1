// A DMA controller's unbind empties the data's descriptor list with `splice(0)`.
import type { platform } from '@bindsafe/kernel';

interface DmacData {
  readonly descriptors: number[];
  readonly channels: number;
}

export const driver: platform.Driver<DmacData> = {
  name: 'held6-dm-dmac',
  idTable: [{ compatible: 'vendor,dw-axi-dmac' }],
  probe() {
    return { descriptors: [0x1000, 0x2000], channels: 4 };
  },
  unbind(_pdev, data) {
    const dropped = data.descriptors.splice(0); // expect: bindsafe/no-driver-data-mutation-in-unbind
    console.info(`dmac: ${dropped.length} descriptors abandoned on ${data.channels} channels`);
  },
};

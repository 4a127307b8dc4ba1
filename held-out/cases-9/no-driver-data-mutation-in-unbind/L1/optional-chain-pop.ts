// A PCI DMA driver pops a descriptor off an optional channel list its data may hold, through optional chaining.
import type { pci } from '@bindsafe/kernel';

interface Channel {
  readonly descriptors: number[];
}

interface DmaData {
  readonly chan?: Channel;
}

export const dmaDriver: pci.Driver<DmaData, boolean> = {
  name: 'h9-dma-opt',
  idTable: [{ vendor: 0x8086, device: 0x0b01, info: true }],
  probe(_pdev, withChannel) {
    return withChannel ? { chan: { descriptors: [1, 2, 3] } } : {};
  },
  unbind(pdev, data) {
    const last = data.chan?.descriptors.pop(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`last descriptor ${last ?? 'none'}`);
  },
};

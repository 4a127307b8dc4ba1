// A PCI DMA engine maps each driver-data object to its Bar in a module-level WeakMap.
import type { pci } from '@bindsafe/kernel';

interface DmaData {
  readonly channels: number;
}

const windows = new WeakMap<DmaData, pci.Bar>();

export const driver: pci.Driver<DmaData> = {
  name: 'held9-dma-weakmap',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'ioat').access(pdev.asRef());
    const data: DmaData = { channels: bar.read32(0x00) & 0xff };
    windows.set(data, bar); // expect: bindsafe/no-stored-bound-device
    return data;
  },
};

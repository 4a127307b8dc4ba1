// A PCI DMA engine fills its driver data with Object.assign over a partial literal; the device goes in a Device<Bound> field.
import type { device, pci } from '@bindsafe/kernel';

interface DmaData {
  readonly dev: pci.Device<device.Bound>;
  readonly bar: pci.Bar;
  readonly channels: number;
}

export const driver: pci.Driver<DmaData> = {
  name: 'held-dma-assign',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    pdev.setMaster();
    const bar = pdev.iomapRegion(0, 'dma').access(pdev.asRef());
    const partial = { channels: bar.read32(0x00) >>> 24 };
    return Object.assign(partial, { dev: pdev, bar });
  },
};

// Children collected in a Set that a nested object of the driver data owns. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface DmaData {
  readonly topology: { readonly engines: ReadonlySet<auxiliary.Registration>; readonly width: 32 | 64 };
}

export const dmaDriver: pci.Driver<DmaData> = {
  name: 'dma-eng',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    const engines = new Set<auxiliary.Registration>();
    const dev = pdev.asRef();
    engines.add(auxiliary.Registration.new(dev, 'engine', 0, 'dma'));
    engines.add(auxiliary.Registration.new(dev, 'engine', 1, 'dma'));
    const width = pdev.revision > 2 ? 64 : 32;
    return { topology: { engines, width } };
  },
};

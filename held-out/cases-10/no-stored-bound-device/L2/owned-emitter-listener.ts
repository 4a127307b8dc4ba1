// A PCI EDAC driver creates an EventEmitter in probe, owned by the data, with a listener over its BAR.
import type { device, pci } from '@bindsafe/kernel';
import { EventEmitter } from 'node:events';
interface EdacData { readonly bar: pci.Bar; readonly events: EventEmitter }
export const driver: pci.Driver<EdacData> = {
  name: 'h10-edac-own',
  idTable: [{ vendor: 0x1af4, device: 0x1038 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-edac-own').access(pdev.asRef());
    const events = new EventEmitter();
    events.on('scrub', () => bar.write32(1, 0x30));
    return { bar, events };
  },
};

// A PCI card-reader registers a listener on the shared hotplug bus that captures only its Devres container and a Device<Normal> handle.
import type { devres, pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

interface ReaderData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const cardReaderDriver: pci.Driver<ReaderData> = {
  name: 'held-cardreader',
  idTable: [{ vendor: 0x10ec, device: 0x5249 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-cardreader');
    const handle = pdev.toNormal();
    hotplugEvents.on('card-inserted', (slot: number) => {
      const present = regs.tryAccessWith((bar) => bar.read32(0x10 + slot * 4));
      handle.asRef().info(`slot ${slot}: ${present === undefined ? 'gone' : present.toString(16)}`);
    });
    return { regs };
  },
};

// A PCI EEPROM fills a module-level cache slot with ??= so only the first probed Bar is kept.
import type { pci } from '@bindsafe/kernel';

const cache: { primary?: pci.Bar; probes: number } = { probes: 0 };

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-eeprom-nullish',
  idTable: [{ vendor: 0x1af4, device: 0x1009 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'eeprom').access(pdev.asRef());
    cache.probes += 1;
    cache.primary ??= bar; // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};

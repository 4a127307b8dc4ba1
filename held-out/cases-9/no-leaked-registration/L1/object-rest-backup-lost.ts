// A RAID card makes a primary and a backup child in one object, destructures with rest and keeps only a count of the rest.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface RaidData {
  readonly primary: auxiliary.Registration;
  readonly spareCount: number;
}

export const raidDriver: pci.Driver<RaidData> = {
  name: 'held9-raid',
  idTable: [{ vendor: 0x9005, device: 0x028f }],
  probe(pdev) {
    const children = {
      primary: auxiliary.Registration.new(pdev.asRef(), 'primary', 0, 'held9_raid'),
      backup: auxiliary.Registration.new(pdev.asRef(), 'backup', 0, 'held9_raid'), // expect: bindsafe/no-leaked-registration
    };
    const { primary, ...rest } = children;
    return { primary, spareCount: Object.keys(rest).length };
  },
};

// A RAID card destructures its children with rest and keeps both the primary and the rest object in the data.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface RaidData {
  readonly primary: auxiliary.Registration;
  readonly spares: { readonly backup: auxiliary.Registration; readonly journal: auxiliary.Registration };
}

export const raidDriver: pci.Driver<RaidData> = {
  name: 'held9-raid-full',
  idTable: [{ vendor: 0x9005, device: 0x0290 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const children = {
      primary: auxiliary.Registration.new(dev, 'primary', 0, 'held9_raid'),
      backup: auxiliary.Registration.new(dev, 'backup', 0, 'held9_raid'),
      journal: auxiliary.Registration.new(dev, 'journal', 0, 'held9_raid'),
    };
    const { primary, ...spares } = children;
    return { primary, spares };
  },
};

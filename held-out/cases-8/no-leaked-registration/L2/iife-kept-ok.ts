// A RAID controller builds its battery child in an IIFE and keeps the child in the driver data. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface RaidData {
  readonly bbu: auxiliary.Registration;
}

export const raidDriver: pci.Driver<RaidData> = {
  name: 'held8-raid2',
  idTable: [{ vendor: 0x9005, device: 0x0290 }],
  probe(pdev) {
    const bbu = (() => {
      const child = auxiliary.Registration.new(pdev.asRef(), 'bbu', 0, 'held8_raid2');
      console.info(`held8-raid2: battery unit ${child.name}`);
      return child;
    })();
    return { bbu };
  },
};

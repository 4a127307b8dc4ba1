// A RAID controller builds its battery child in an IIFE, then keeps only its name. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface RaidData {
  readonly bbu: string;
}

export const raidDriver: pci.Driver<RaidData> = {
  name: 'held8-raid',
  idTable: [{ vendor: 0x9005, device: 0x028f }],
  probe(pdev) {
    const bbu = (() => {
      const child = auxiliary.Registration.new(pdev.asRef(), 'bbu', 0, 'held8_raid'); // expect: bindsafe/no-leaked-registration
      console.info(`held8-raid: battery unit ${child.name}`);
      return child;
    })();
    return { bbu: bbu.name };
  },
};

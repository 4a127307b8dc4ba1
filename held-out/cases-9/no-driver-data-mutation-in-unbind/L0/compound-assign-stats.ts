// A PCI Ethernet driver subtracts in-flight descriptors from its data's ring stats with a compound assignment during unbind.
import type { devres, pci } from '@bindsafe/kernel';

interface RingStats {
  inFlight: number;
  completed: number;
}

interface EthData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly stats: RingStats;
}

export const ethDriver: pci.Driver<EthData> = {
  name: 'h9-eth',
  idTable: [{ vendor: 0x8086, device: 0x15f3 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'eth'), stats: { inFlight: 0, completed: 0 } };
  },
  unbind(pdev, data) {
    const pending = data.regs.access(pdev.asRef()).read32(0x3818);
    data.stats.inFlight -= pending; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

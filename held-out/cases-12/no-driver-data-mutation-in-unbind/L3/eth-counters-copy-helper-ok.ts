// A PCI Ethernet MAC passes a spread copy of its counters to a same-file helper that zeroes what it is given.
import type { devres, pci } from '@bindsafe/kernel';

interface MacCounters {
  crcErrors: number;
  overruns: number;
}

interface MacData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly counters: MacCounters;
}

function resetCounters(counters: MacCounters): MacCounters {
  counters.crcErrors = 0;
  counters.overruns = 0;
  return counters;
}

function describe(counters: Readonly<MacCounters>): string {
  return `${counters.crcErrors} CRC errors, ${counters.overruns} overruns`;
}

export const macDriver: pci.Driver<MacData> = {
  name: 'stmmac-lite',
  idTable: [{ vendor: 0x16c3, device: 0x7102 }],
  probe(pdev) {
    const counters = resetCounters({ crcErrors: -1, overruns: -1 });
    return { regs: pdev.iomapRegion(0, 'stmmac-lite'), counters };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`stmmac-lite: ${describe(data.counters)}`);
    const cleared = resetCounters({ ...data.counters });
    pdev.asRef().info(`stmmac-lite: would restart at ${describe(cleared)}`);
    data.regs.access(pdev.asRef()).write32(0, 0x1000);
  },
};

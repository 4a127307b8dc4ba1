// A PCI Ethernet MAC zeroes its error counters through a same-file helper called from unbind.
import type { devres, pci } from '@bindsafe/kernel';

interface MacCounters {
  crcErrors: number;
  overruns: number;
}

interface MacData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly counters: MacCounters;
}

function resetCounters(counters: MacCounters): void {
  counters.crcErrors = 0;
  counters.overruns = 0;
}

function describe(counters: Readonly<MacCounters>): string {
  return `${counters.crcErrors} CRC errors, ${counters.overruns} overruns`;
}

export const macDriver: pci.Driver<MacData> = {
  name: 'stmmac-lite',
  idTable: [{ vendor: 0x16c3, device: 0x7102 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'stmmac-lite'), counters: { crcErrors: 0, overruns: 0 } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`stmmac-lite: ${describe(data.counters)}`);
    resetCounters(data.counters); // expect: bindsafe/no-driver-data-mutation-in-unbind
    data.regs.access(pdev.asRef()).write32(0, 0x1000);
  },
};

// A PCI NIC driver builds a diagnostics snapshot with a spread of defaults plus its mapped BAR and publishes it in a module variable. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Diagnostics {
  readonly driver: string;
  readonly version: string;
  readonly bar?: pci.Bar;
}

const DEFAULTS = { driver: 'e1000e_lite', version: '3.8.7' } as const satisfies Diagnostics;
let lastDiagnostics: Diagnostics = DEFAULTS;

class Nic {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly mac: readonly number[]) {}
}

export const nicDriver: pci.Driver<Nic> = {
  name: 'e1000e_lite',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'e1000e');
    const bar = regs.access(pdev.asRef());
    const mac = [0, 1, 2, 3, 4, 5].map((i) => bar.read8(0x5400 + i));
    lastDiagnostics = { ...DEFAULTS, bar }; // expect: bindsafe/no-stored-bound-device
    return new Nic(regs, mac);
  },
};

export function diagnostics(): Diagnostics {
  return lastDiagnostics;
}

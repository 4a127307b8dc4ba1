// A PCI serial card programs its reset defaults through a barrel-imported helper that only uses the Bar during the call.
import type { pci } from '@bindsafe/kernel';
import { programDefaults, type DefaultsReport } from './index.js';

const RESET_TABLE = new Map<number, number>([
  [0x04, 0x00],
  [0x08, 0xc7],
  [0x0c, 0x03],
]);

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly report: DefaultsReport }> = {
  name: 'held-serial-defaults',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(1, 'serial').access(pdev.asRef());
    const report = programDefaults(bar, RESET_TABLE);
    return { bar, report };
  },
};

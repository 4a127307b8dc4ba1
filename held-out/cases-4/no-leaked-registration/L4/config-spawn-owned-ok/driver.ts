// probe gets its children from a helper module's config loop and keeps the returned array in the driver data.
import type { auxiliary, devres, pci } from '@bindsafe/kernel';
import { spawnFromConfig, type ChildSpec } from './children.js';

const SPECS: readonly ChildSpec[] = [
  { name: 'eth', id: 0 },
  { name: 'eth', id: 1 },
  { name: 'ptp', id: 0 },
];

interface SwitchData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly ports: readonly auxiliary.Registration[];
}

export const switchDriver: pci.Driver<SwitchData> = {
  name: 'held4-switch',
  idTable: [{ vendor: 0x11ab, device: 0x6390 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-switch');
    const ports = spawnFromConfig(pdev.asRef(), 'held4_switch', SPECS);
    return { regs, ports };
  },
};

// A RAID HBA walks its BARs with a recursive helper that stores only Devres containers in a module registry [class 3]
import type { device, devres, pci } from '@bindsafe/kernel';

const registry = new Map<string, devres.Devres<pci.Bar>>();

function mapAll(pdev: pci.Device<device.Core>, bars: readonly number[], at = 0): number {
  const n = bars[at];
  if (n === undefined) return at;
  const regs = pdev.iomapRegion(n, `hba-bar${n}`);
  registry.set(`${pdev.name}/${n}`, regs);
  regs.access(pdev.asRef()).write32(0, 0x0);
  return mapAll(pdev, bars, at + 1);
}

export const hbaDriver: pci.Driver<{ readonly mapped: number }> = {
  name: 'hba-lite-ok',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return { mapped: mapAll(pdev, [0, 1, 3]) };
  },
};

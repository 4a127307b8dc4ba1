// Readings taken with map/reduce callbacks that run during probe; the deferred log in queueMicrotask captures only a Normal handle and a number.
import type { devres, pci } from '@bindsafe/kernel';

const OFFSETS = [0x10, 0x14, 0x18, 0x1c];

export const powerDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly baseline: readonly number[] }> = {
  name: 'held-power',
  idTable: [{ vendor: 0x1022, device: 0x1450 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-power');
    const bar = regs.access(pdev.asRef());
    const baseline = OFFSETS.map((off) => bar.read32(off));
    const peak = baseline.reduce((a, b) => Math.max(a, b), 0);
    OFFSETS.filter((_, i) => (baseline[i] ?? 0) === 0).forEach((off) => bar.write32(1, off));
    const handle = pdev.toNormal();
    queueMicrotask(() => handle.asRef().info(`power rails up, peak ${peak} mW`));
    return { regs, baseline };
  },
};

// A multi-BAR accelerator clears every BAR in synchronous forEach/map callbacks during probe [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export const accelDriver: pci.Driver<{ readonly regions: devres.Devres<pci.Bar>[]; readonly sizes: number[] }> = {
  name: 'accel-lite-ok',
  idTable: [{ vendor: 0x1e52, device: 0x0100 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regions = [0, 2, 4].map((n) => pdev.iomapRegion(n, `accel-bar${n}`));
    const bars = regions.map((r) => r.access(pdev.asRef()));
    bars.forEach((bar, i) => bar.write32(0, i * 4));
    const sizes = bars.map((bar) => bar.size);
    return { regions, sizes };
  },
};

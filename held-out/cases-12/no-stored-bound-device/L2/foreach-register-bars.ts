// A multi-BAR accelerator maps all its BARs and, in a forEach callback, registers each in a module list [class 7]
import type { devres, pci } from '@bindsafe/kernel';

const liveBars: pci.Bar[] = [];

export const accelDriver: pci.Driver<{ readonly regions: devres.Devres<pci.Bar>[] }> = {
  name: 'accel-lite',
  idTable: [{ vendor: 0x1e52, device: 0x0100 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regions = [0, 2, 4].map((n) => pdev.iomapRegion(n, `accel-bar${n}`));
    regions.forEach((r) => {
      liveBars.push(r.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    });
    return { regions };
  },
};

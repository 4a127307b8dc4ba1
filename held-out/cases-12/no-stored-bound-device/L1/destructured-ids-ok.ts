// A capture card destructures copied ids (with defaults) off its device and logs them module-wide [class 2]
import type { devres, pci } from '@bindsafe/kernel';

const seen: Array<{ name: string; vendorId: number; revision: number }> = [];

export const captureDriver: pci.Driver<{ readonly ctl: devres.Devres<pci.Bar> }> = {
  name: 'capture-lite-ok',
  idTable: [{ vendor: 0x1cd7, device: 0x0010 }],
  probe(pdev) {
    const { name, vendorId, revision = 0 } = pdev;
    seen.push({ name, vendorId, revision });
    const ctl = pdev.iomapRegion(0, 'ctl');
    const { size } = ctl.access(pdev.asRef());
    seen.push({ name: `${name}/bar0`, vendorId, revision: size });
    return { ctl };
  },
};

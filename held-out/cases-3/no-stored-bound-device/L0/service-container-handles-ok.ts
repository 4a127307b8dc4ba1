// A module-level service container keeps only handles: toNormal() devices and Devres containers.
import type { devres, pci } from '@bindsafe/kernel';

type Service = pci.Device | devres.Devres<pci.Bar>;

export const services = new Map<string, Service>();

export const handleDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-handles',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-handles');
    services.set(`${pdev.name}/dev`, pdev.toNormal());
    services.set(`${pdev.name}/regs`, regs);
    return { regs };
  },
  unbind(pdev) {
    services.delete(`${pdev.name}/dev`);
    services.delete(`${pdev.name}/regs`);
  },
};

// A PCI framebuffer pushes its Devres<Bar> container (not the Bar) into a module-level list of regions.
import type { devres, pci } from '@bindsafe/kernel';

export const mappedRegions: devres.Devres<pci.Bar>[] = [];

export const driver: pci.Driver<{ readonly fb: devres.Devres<pci.Bar> }> = {
  name: 'held8-fb-devres-list',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    const fb = pdev.iomapRegion(0, 'vram');
    mappedRegions.push(fb);
    return { fb };
  },
};

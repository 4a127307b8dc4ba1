// A PCI GPU-lite keeps its Devres<Bar> container (not the Bar) in a module array.
import type { device, pci } from '@bindsafe/kernel';
import type { devres } from '@bindsafe/kernel';
const regions: devres.Devres<pci.Bar>[] = [];
export const regionCount = (): number => regions.length;

export const driver: pci.Driver<{ readonly region: devres.Devres<pci.Bar> }> = {
  name: 'h10-gpu-devres',
  idTable: [{ vendor: 0x10de, device: 0x1001 }],
  probe(pdev) {
    const region = pdev.iomapRegion(0, 'h10-gpu-devres');
    regions.push(region);
    return { region };
  },
};

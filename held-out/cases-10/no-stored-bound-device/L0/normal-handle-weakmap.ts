// A PCI camera keeps Device<Normal> handles in a module Map keyed by name.
import type { device, pci } from '@bindsafe/kernel';
const handles = new Map<string, pci.Device>();
export const handleOf = (n: string): pci.Device | undefined => handles.get(n);
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-cam-normal',
  idTable: [{ vendor: 0x1af4, device: 0x1065 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-cam-normal').access(pdev.asRef());
    handles.set(pdev.name, pdev.toNormal());
    return { bar };
  },
};

// A PCI USB controller notes a Device<Normal> handle in a module Map through a helper given the bound device.
import type { device, pci } from '@bindsafe/kernel';

const controllers = new Map<string, pci.Device>();

function note(dev: pci.Device<device.Bound>): void {
  controllers.set(dev.name, dev.toNormal());
}

export const driver: pci.Driver<{ readonly ports: number }> = {
  name: 'held9-xhci-note',
  idTable: [{ vendor: 0x1b73, device: 0x1100 }],
  probe(pdev) {
    note(pdev);
    return { ports: 4 };
  },
};

// A PCI USB controller registers its Device<Normal> handle through a same-file helper that keeps it in a module Map.
import type { device, pci } from '@bindsafe/kernel';

const controllers = new Map<number, pci.Device<device.Normal>>();

function registerController(handle: pci.Device<device.Normal>): number {
  const id = controllers.size;
  controllers.set(id, handle);
  return id;
}

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly id: number }> = {
  name: 'held8-xhci-normal',
  idTable: [{ vendor: 0x1912, device: 0x0014 }],
  probe(pdev) {
    const id = registerController(pdev.toNormal());
    return { bar: pdev.iomapRegion(0, 'xhci').access(pdev.asRef()), id };
  },
};

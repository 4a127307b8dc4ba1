// A PCI NIC records every probed function in a module-level Map of Device<Normal> handles, keyed by name.
import type { device, pci } from '@bindsafe/kernel';

export const knownFunctions = new Map<string, device.Device>();

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held-nic-registry',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    knownFunctions.set(pdev.name, pdev.asRef().toNormal());
    return { bar: pdev.iomapRegion(2, 'nic').access(pdev.asRef()) };
  },
  unbind(pdev) {
    knownFunctions.delete(pdev.name);
  },
};

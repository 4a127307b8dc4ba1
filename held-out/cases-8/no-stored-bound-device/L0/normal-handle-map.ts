// A PCI NIC keeps a Device<Normal> handle per name in a module-level Map for a link-status report.
import type { device, pci } from '@bindsafe/kernel';

export const knownNics: Map<string, pci.Device<device.Normal>> = new Map();

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-nic-handles',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'nic').access(pdev.asRef());
    knownNics.set(pdev.name, pdev.toNormal());
    return { bar };
  },
  unbind(pdev) {
    knownNics.delete(pdev.name);
  },
};

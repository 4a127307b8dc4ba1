// A PCI modem adds its Device<Core> to a Set reached by optional chaining through an alias of the id-table info.
import type { device, pci } from '@bindsafe/kernel';

interface ModemInfo {
  readonly owners?: Set<pci.Device<device.Core>>;
}

export const driver: pci.Driver<{ readonly ok: boolean }, ModemInfo> = {
  name: 'held9-modem-owners',
  idTable: [{ vendor: 0x17cb, device: 0x0306, info: { owners: new Set() } }],
  probe(pdev, info) {
    const meta = info;
    meta?.owners?.add(pdev); // expect: bindsafe/no-stored-bound-device
    return { ok: true };
  },
};

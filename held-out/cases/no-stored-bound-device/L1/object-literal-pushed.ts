// An object literal bundling the device and its Bar is pushed into a module-level list.
import type { device, devres, pci } from '@bindsafe/kernel';

interface Mapping {
  readonly dev: device.Device<device.Bound>;
  readonly bar: pci.Bar;
}
export const mappings: Mapping[] = [];

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l1-obj',
  idTable: [{ vendor: 0x1b36, device: 0x0020 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l1-obj');
    const entry = { dev: pdev.asRef(), bar: regs.access(pdev.asRef()) };
    mappings.push(entry); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

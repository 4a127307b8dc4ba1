// The registration is stored only in a module variable.
import { auxiliary, type pci } from '@bindsafe/kernel';

let lastChild: auxiliary.Registration | undefined;

export const driver: pci.Driver<{ readonly vendor: number }> = {
  name: 'held-nlr-module',
  idTable: [{ vendor: 0x10de, device: 0x3002 }],
  probe(pdev) {
    lastChild = auxiliary.Registration.new(pdev.asRef(), 'gpu-drm', 2, 'held_core'); // expect: bindsafe/no-leaked-registration
    return { vendor: pdev.vendorId };
  },
};

export function childName(): string | undefined {
  return lastChild?.name;
}

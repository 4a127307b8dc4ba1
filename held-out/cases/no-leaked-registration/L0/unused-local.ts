// The registration is kept in a local that is never used again.
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly vendor: number }> = {
  name: 'held-nlr-local',
  idTable: [{ vendor: 0x10de, device: 0x3001 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'gpu-drm', 1, 'held_core'); // expect: bindsafe/no-leaked-registration
    return { vendor: pdev.vendorId };
  },
};

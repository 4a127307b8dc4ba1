// The auxiliary child is created and nothing owns it.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-nlr-discard',
  idTable: [{ vendor: 0x10de, device: 0x3000 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nlr-discard');
    auxiliary.Registration.new(pdev.asRef(), 'gpu-drm', 0, 'held_core'); // expect: bindsafe/no-leaked-registration
    return { regs };
  },
};

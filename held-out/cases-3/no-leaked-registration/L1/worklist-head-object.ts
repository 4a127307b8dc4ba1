// A local work-list object holds the child; only its name goes into the data.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface WorkList {
  readonly head: auxiliary.Registration;
  readonly pending: string[];
}

export const worklistDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly first: string }> = {
  name: 'held-worklist',
  idTable: [{ vendor: 0x10de, device: 0x230c }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-worklist');
    const work: WorkList = {
      head: auxiliary.Registration.new(pdev.asRef(), 'held-worklist-0', 0, 'held_worklist'), // expect: bindsafe/no-leaked-registration
      pending: ['held-worklist-1'],
    };
    return { regs, first: work.head.name };
  },
};

// Guard clauses at the top return early without a child; otherwise the child is owned by the data.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly child?: auxiliary.Registration;
}

export const optionalChildDriver: pci.Driver<Data, { readonly child?: string }> = {
  name: 'held-optional-child',
  idTable: [{ vendor: 0x10de, device: 0x2302, info: { child: 'held-opt-gfx' } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held-optional-child');
    if (pdev.revision < 2) return { regs };
    const childName = info?.child;
    if (!childName) return { regs };
    const child = auxiliary.Registration.new(pdev.asRef(), childName, 0, 'held_opt');
    return { regs, child };
  },
};

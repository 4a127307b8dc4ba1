// A conditional picks the child's name; the registration is handed to a Devres the driver data keeps.
import { auxiliary, devres, type pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly child: devres.Devres<auxiliary.Registration>;
}

export const managedChildDriver: pci.Driver<Data, { readonly lite?: boolean }> = {
  name: 'held-managed-child',
  idTable: [{ vendor: 0x10de, device: 0x231a, info: { lite: true } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held-managed-child');
    const name = info?.lite ? 'held-managed-lite' : 'held-managed-full';
    const child = new devres.Devres(pdev.asRef(), auxiliary.Registration.new(pdev.asRef(), name, 0, 'held_managed'));
    return { regs, child };
  },
};

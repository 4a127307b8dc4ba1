// Each enabled link gets one child per direction through flatMap; the resulting array is the data's own. [class 7]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const LINKS = [
  { id: 0, enabled: true },
  { id: 1, enabled: false },
  { id: 2, enabled: true },
] as const;

interface Fabric {
  readonly regs: devres.Devres<pci.Bar>;
  readonly endpoints: auxiliary.Registration[];
}

export const fabricDriver: pci.Driver<Fabric> = {
  name: 'held5c-fabric',
  idTable: [{ vendor: 0x10ee, device: 0x9038 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-fabric');
    const parent = pdev.asRef();
    const endpoints = LINKS.filter((l) => l.enabled).flatMap((l) => [
      auxiliary.Registration.new(parent, 'tx', l.id, 'held5c_fabric'),
      auxiliary.Registration.new(parent, 'rx', l.id, 'held5c_fabric'),
    ]);
    return { regs, endpoints };
  },
};

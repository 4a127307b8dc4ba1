// An Object.entries pipeline makes one child per table entry into a Map the driver data owns.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const TABLE: Record<string, number> = { 'held-ports-a': 0, 'held-ports-b': 1 };

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly ports: Map<string, auxiliary.Registration>;
}

export const portsDriver: pci.Driver<Data> = {
  name: 'held-ports',
  idTable: [{ vendor: 0x10de, device: 0x2310 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-ports');
    const ports = new Map(
      Object.entries(TABLE).map(([name, id]) => [name, auxiliary.Registration.new(pdev.asRef(), name, id, 'held_ports')] as const),
    );
    return { regs, ports };
  },
};

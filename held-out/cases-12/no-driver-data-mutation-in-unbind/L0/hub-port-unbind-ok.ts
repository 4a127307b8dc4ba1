// A PCI USB hub controller whose port table has its own `unbind(port)` method; only the bus driver's unbind is checked, and it only reads. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

interface Port {
  index: number;
  attached: string | undefined;
  resets: number;
}

/** Not a bus driver: a port table whose `unbind` detaches a downstream device. */
class PortTable {
  readonly ports: Port[] = [];

  constructor(count: number) {
    for (let index = 0; index < count; index++) this.ports.push({ index, attached: undefined, resets: 0 });
  }

  unbind(port: Port): void {
    port.attached = undefined;
    port.resets++;
  }
}

interface HubData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly table: PortTable;
}

export const hubDriver: pci.Driver<HubData> = {
  name: 'xhci-lite',
  idTable: [{ vendor: 0x1b73, device: 0x1100 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'xhci-lite');
    const table = new PortTable(4);
    const first = table.ports[0];
    if (first) {
      first.attached = 'keyboard';
      table.unbind(first);
    }
    return { regs, table };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    for (const port of data.table.ports) {
      if (port.attached !== undefined) bar.write32(0, 0x480 + port.index * 0x10);
    }
  },
};

export function detachAll(table: PortTable): void {
  for (const port of table.ports) table.unbind(port);
}

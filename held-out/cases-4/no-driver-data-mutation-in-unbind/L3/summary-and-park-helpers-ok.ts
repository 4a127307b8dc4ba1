// unbind calls a helper that only reads the data and another that parks the engines through the mapped BAR.
import type { devres, pci } from '@bindsafe/kernel';

interface Engines {
  readonly regs: devres.Devres<pci.Bar>;
  readonly names: readonly string[];
  readonly busy: ReadonlyMap<string, boolean>;
}

function summarize(data: Readonly<Engines>): string {
  const busy = data.names.filter((n) => data.busy.get(n) === true);
  return `${busy.length}/${data.names.length} engines busy`;
}

function parkEngines(bar: pci.Bar, count: number): void {
  for (let i = 0; i < count; i++) bar.write32(0x1, 0x200 + i * 4);
}

export const enginesDriver: pci.Driver<Engines> = {
  name: 'held4-engines',
  idTable: [{ vendor: 0x1e0f, device: 0x0001 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held4-engines'), names: ['copy', 'video', 'compute'], busy: new Map([['video', true]]) };
  },
  unbind(pdev, data) {
    pdev.asRef().info(summarize(data));
    parkEngines(data.regs.access(pdev.asRef()), data.names.length);
  },
};

// Tuple destructuring of two Bars, both kept in the data.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly control: pci.Bar;
  readonly doorbell: pci.Bar;
  readonly regs: readonly [devres.Devres<pci.Bar>, devres.Devres<pci.Bar>];
}

export const driver: pci.Driver<Data> = {
  name: 'held-nsbd-tuple',
  idTable: [{ vendor: 0x1b36, device: 0x0090 }],
  probe(pdev) {
    const regs = [pdev.iomapRegion(0, 'ctl'), pdev.iomapRegion(2, 'db')] as const;
    const dev = pdev.asRef();
    const [control, doorbell] = regs.map((r) => r.access(dev));
    if (!control || !doorbell) throw new Error('missing BAR');
    return { control, doorbell, regs };
  },
};

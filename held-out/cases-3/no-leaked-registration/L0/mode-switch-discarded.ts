// One arm of a mode switch makes an auxiliary child and discards it.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

enum Mode {
  Plain,
  Split,
}

export const splitDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly mode: Mode }, Mode> = {
  name: 'held-split',
  idTable: [{ vendor: 0x10de, device: 0x2300, info: Mode.Split }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held-split');
    const mode = info ?? Mode.Plain;
    switch (mode) {
      case Mode.Split:
        auxiliary.Registration.new(pdev.asRef(), 'held-split-gfx', 0, 'held_split'); // expect: bindsafe/no-leaked-registration
        break;
      case Mode.Plain:
        break;
    }
    return { regs, mode };
  },
};

// A DMA mux assigns its IoMem into a slot of a module-level channel table through an index path [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface Channel {
  readonly id: number;
  io?: platform.IoMem;
}

const channels: Channel[] = Array.from({ length: 4 }, (_, id) => ({ id }));

export const muxDriver: platform.Driver<{ readonly regs: devres.Devres<platform.IoMem> }, number> = {
  name: 'dmamux-lite',
  idTable: [{ compatible: 'acme,dmamux', info: 2 }],
  probe(pdev, info) {
    const regs = pdev.iomapResource(0);
    const slot = channels[info ?? 0];
    if (slot === undefined) return { regs };
    channels[slot.id]!.io ??= regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

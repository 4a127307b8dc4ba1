// A DMA mux fills a slot table it creates in probe with ??= and keeps the table in its driver data [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface Slot {
  readonly id: number;
  io?: platform.IoMem;
}

interface MuxData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly slots: Slot[];
}

export const muxDriver: platform.Driver<MuxData, number> = {
  name: 'dmamux-lite-ok',
  idTable: [{ compatible: 'acme,dmamux', info: 2 }],
  probe(pdev, info) {
    const regs = pdev.iomapResource(0);
    const slots: Slot[] = Array.from({ length: 4 }, (_, id) => ({ id }));
    const slot = slots[info ?? 0];
    if (slot) slot.io ??= regs.access(pdev.asRef());
    return { regs, slots };
  },
};

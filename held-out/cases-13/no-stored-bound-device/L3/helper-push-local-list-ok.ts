// A platform clock driver passes a list it made in probe to a same-file helper that pushes its IoMem into it; the list ends up in the driver data. [class 4]
import type { devres, platform } from '@bindsafe/kernel';

function enlist<T>(list: T[], item: T): number {
  return list.push(item);
}

class ClockProvider {
  constructor(
    readonly io: devres.Devres<platform.IoMem>,
    readonly rate: number,
    readonly gates: readonly platform.IoMem[],
  ) {}
}

export const clkDriver: platform.Driver<ClockProvider> = {
  name: 'fixed-clk-lite',
  idTable: [{ compatible: 'fixed-clock' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const io = res.access(pdev.asRef());
    const rate = io.read32(0x04);
    const gates: platform.IoMem[] = [];
    if ((io.read32(0x00) & 1) === 1) {
      enlist(gates, io);
    }
    return new ClockProvider(res, rate, gates);
  },
};

// A platform clock driver passes a module-level list of "critical clocks" to a same-file helper that pushes its IoMem into whatever list it is given. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

const criticalClocks: platform.IoMem[] = [];

function enlist<T>(list: T[], item: T): number {
  return list.push(item);
}

class ClockProvider {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly rate: number) {}
}

export const clkDriver: platform.Driver<ClockProvider> = {
  name: 'fixed-clk-lite',
  idTable: [{ compatible: 'fixed-clock' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const io = res.access(pdev.asRef());
    const rate = io.read32(0x04);
    if ((io.read32(0x00) & 1) === 1) {
      enlist(criticalClocks, io); // expect: bindsafe/no-stored-bound-device
    }
    return new ClockProvider(res, rate);
  },
};

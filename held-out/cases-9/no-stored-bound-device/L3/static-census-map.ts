// A platform GPIO bank counts itself with a static method that keeps the IoMem in a static Map keyed by compatible.
import type { platform } from '@bindsafe/kernel';

class Census {
  private static readonly banks = new Map<string, platform.IoMem[]>();

  static count(compatible: string, io: platform.IoMem): number {
    const list = Census.banks.get(compatible) ?? [];
    list.push(io);
    Census.banks.set(compatible, list);
    return list.length;
  }
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly bank: number }> = {
  name: 'held9-gpio-census',
  idTable: [{ compatible: 'acme,gpio' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const bank = Census.count(pdev.compatible, io); // expect: bindsafe/no-stored-bound-device
    return { io, bank };
  },
};

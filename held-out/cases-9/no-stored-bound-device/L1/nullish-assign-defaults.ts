// A platform clock controller fills a module-level defaults object with `??=`, putting its IoMem there.
import type { platform } from '@bindsafe/kernel';

const defaults: { io?: platform.IoMem; rateHz: number } = { rateHz: 24_000_000 };

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly rateHz: number }> = {
  name: 'held9-clk-nullish',
  idTable: [{ compatible: 'acme,clk' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    defaults.io ??= io; // expect: bindsafe/no-stored-bound-device
    return { io, rateHz: defaults.rateHz };
  },
};

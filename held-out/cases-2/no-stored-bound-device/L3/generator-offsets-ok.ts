// A generator yields only offsets; probe reads each through the Bar and keeps the numbers. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

function* offsets(count: number, stride: number): Generator<number> {
  for (let i = 0; i < count; i++) yield i * stride;
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly ids: number[] }> = {
  name: 'held2-nsbd-generator',
  idTable: [{ vendor: 0x1af4, device: 0x1132 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-generator');
    const bar = regs.access(pdev.asRef());
    const ids = [...offsets(4, 4)].map((off) => bar.read32(off));
    return { regs, ids };
  },
};

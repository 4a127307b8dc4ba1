// A helper returns a closure over the Bar; probe keeps the closure in a module variable. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

function poller(bar: pci.Bar, offset: number): () => number {
  return () => bar.read32(offset);
}

let readStatus: (() => number) | undefined;

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held2-nsbd-closure-helper',
  idTable: [{ vendor: 0x1af4, device: 0x1130 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-closure-helper');
    readStatus = poller(regs.access(pdev.asRef()), 0x4); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

export const status = (): number => readStatus?.() ?? 0;

// A PCI thermal driver starts a timer in probe that logs through the probe Device<Core>; it is cleared on dispose.
import type { pci } from '@bindsafe/kernel';

interface TempData extends Disposable {
  readonly regs: pci.Bar;
}

export const driver: pci.Driver<TempData> = {
  name: 'held-temp-timer',
  idTable: [{ vendor: 0x8086, device: 0x9a14 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'temp').access(pdev.asRef());
    const timer = setInterval(() => pdev.asRef().info('temperature tick'), 1000); // expect: bindsafe/no-stored-bound-device
    return {
      regs,
      [Symbol.dispose]() {
        clearInterval(timer);
      },
    };
  },
};

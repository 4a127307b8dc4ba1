// The driver imports an @unsafe function of another module under a new name and calls it from its destructor without a SAFETY comment. [class 7]
import type { devres, pci } from '@bindsafe/kernel';
import { softResetRaw as softReset } from './hw.js';

export class CanData implements Disposable {
  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    this.handle.asRef().info('resetting CAN controller');
    softReset(this.handle, this.regs); // expect: bindsafe/require-safety-comment
  }
}

export const canDriver: pci.Driver<CanData> = {
  name: 'held-can',
  idTable: [{ vendor: 0x13fe, device: 0xc302 }],
  probe(pdev) {
    return new CanData(pdev.toNormal(), pdev.iomapRegion(0, 'held-can'));
  },
};

// A PCI video encoder halts its engine through an imported @unsafe helper, without justification. [class 3]
import type { devres, pci } from '@bindsafe/kernel';
import { haltEngine } from './regs.js';

export class EncoderData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    haltEngine(this.pdev.asRef(), this.regs); // expect: bindsafe/require-safety-comment
  }
}

export const encoderDriver: pci.Driver<EncoderData> = {
  name: 'held-venc',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return new EncoderData(pdev.toNormal(), pdev.iomapRegion(0, 'held-venc'));
  },
};

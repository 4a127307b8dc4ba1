// A PCI FPGA card justifies its call of a safe wrapper from another module: nothing unsafe there to justify. [class 3]
import type { devres, pci } from '@bindsafe/kernel';
import { powerOff } from './power.js';

export default class FpgaData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the card is bound while its data is dropped. // expect: bindsafe/require-safety-comment
    powerOff(this.pdev, this.regs);
  }
}

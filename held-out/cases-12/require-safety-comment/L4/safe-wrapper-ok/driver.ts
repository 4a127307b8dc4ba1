// A PCI FPGA card calls a safe wrapper from another module, with no comment to give. [class 3]
import type { devres, pci } from '@bindsafe/kernel';
import { powerOff } from './power.js';

export default class FpgaData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    powerOff(this.pdev, this.regs);
  }
}

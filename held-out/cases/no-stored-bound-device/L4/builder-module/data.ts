// The driver data type and its builder, in their own module. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

export class GpuData {
  readonly fences = new Map<number, string>();
  private constructor(
    readonly pdev: pci.Device<device.Bound>,
    readonly bar: pci.Bar,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  static create(pdev: pci.Device<device.Bound>, regs: devres.Devres<pci.Bar>): GpuData {
    return new GpuData(pdev, regs.access(pdev.asRef()), regs);
  }
}

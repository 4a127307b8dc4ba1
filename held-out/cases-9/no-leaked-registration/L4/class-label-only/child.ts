import { auxiliary, type device } from '@bindsafe/kernel';

export class IrqChip {
  private constructor(readonly registration: auxiliary.Registration, readonly lines: number) {}

  static create(dev: device.Device<device.Bound>, lines = 32): IrqChip {
    return new IrqChip(auxiliary.Registration.new(dev, 'irqchip', 0, 'held9_intc'), lines);
  }

  get label(): string {
    return `${this.registration.name}/${this.lines}`;
  }
}

// A platform keypad keeps its scan handler in an arrow-function class field; the handler asserts the binding unjustified. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

export class Keypad {
  #scans = 0;

  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
  ) {}

  readonly onScan = (): number => {
    this.#scans += 1;
    const io = this.io.access(this.pdev.asRef().unsafeAsBound()); // expect: bindsafe/require-safety-comment
    return io.read32(0x08);
  };

  get scans(): number {
    return this.#scans;
  }
}

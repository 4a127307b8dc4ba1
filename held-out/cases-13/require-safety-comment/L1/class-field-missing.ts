// A platform PWM chip wires its @unsafe duty writer into a class field and calls it through the instance. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe The caller must guarantee that `dev` is bound while the duty cycle is written. */
function writeDuty(dev: device.Device, mmio: devres.Devres<platform.IoMem>, duty: number): void {
  // SAFETY: forwarded: the caller guarantees `dev` is bound.
  mmio.access(dev.unsafeAsBound()).write32(duty, 0x20);
}

export class PwmChannel {
  readonly apply = writeDuty;
  constructor(
    readonly pdev: platform.Device,
    readonly mmio: devres.Devres<platform.IoMem>,
  ) {}

  set(percent: number): void {
    const duty = Math.round((percent / 100) * 0xffff);
    this.apply(this.pdev.asRef(), this.mmio, duty); // expect: bindsafe/require-safety-comment
  }
}

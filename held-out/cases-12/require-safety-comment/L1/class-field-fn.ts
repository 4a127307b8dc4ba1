// A platform RTC's hooks object holds the @unsafe alarm-clear routine in a class field and calls it unjustified. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound for the whole call. */
function clearAlarm(dev: device.Device, io: devres.Devres<platform.IoMem>): void {
  // SAFETY: the caller guarantees that the device is bound.
  io.access(dev.unsafeAsBound()).write32(0, 0x14);
}

class RtcHooks {
  clear = clearAlarm;
  readonly name = 'rtc-hooks';
}

export class RtcData implements Disposable {
  readonly hooks = new RtcHooks();

  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    this.hooks.clear(this.pdev.asRef(), this.io); // expect: bindsafe/require-safety-comment
  }
}

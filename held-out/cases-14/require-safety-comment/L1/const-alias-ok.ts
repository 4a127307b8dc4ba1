// A platform codec keeps a tagged "trust the binding" helper and calls it through a short const alias, justified. [class 7]
import type { device, platform } from '@bindsafe/kernel';

/** @unsafe The caller must guarantee that `dev` is bound to its driver during the call. */
export function boundName(dev: device.Device): string {
  // SAFETY: the caller of this @unsafe function guarantees the binding.
  return dev.unsafeAsBound().name;
}

export class CodecData implements Disposable {
  constructor(readonly pdev: platform.Device, readonly rate = 48_000) {}

  [Symbol.dispose](): void {
    const trust = boundName;
    // SAFETY: the driver data is dropped during unbind, before the device is unbound.
    const line = `${trust(this.pdev.asRef())} @ ${this.rate / 1000} kHz stopped`;
    this.pdev.asRef().toNormal().info(line);
  }
}

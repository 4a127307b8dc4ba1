// A class with a static tagged method.
import type { device } from '@bindsafe/kernel';

export class RegisterFile {
  static readonly version = 2;

  /** @unsafe `dev` must be bound to its driver while the register file is read. */
  static dump(dev: device.Device): string[] {
    // SAFETY: the caller vouches for the binding (this method's contract).
    const bound = dev.unsafeAsBound();
    return [bound.name, `v${RegisterFile.version}`];
  }
}

// A test double for a bus device names its own method unsafeAsBound but does not tag it: nothing to justify. [class 2]
import type { device } from '@bindsafe/kernel';

export class FakeHandle {
  constructor(readonly handle: device.Device) {}

  /** Returns the name the fake reports once "bound" (no binding is asserted). */
  unsafeAsBound(): string {
    return `${this.handle.name} (bound)`;
  }
}

export function label(fake: FakeHandle): string {
  const shown = fake.unsafeAsBound();
  return shown.toUpperCase();
}

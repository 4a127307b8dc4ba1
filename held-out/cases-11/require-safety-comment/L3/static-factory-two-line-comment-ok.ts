// A static @unsafe factory method called with a SAFETY comment over two // lines.
import type { device } from '@bindsafe/kernel';

export class BoundLabel {
  private constructor(readonly text: string) {}

  /** @unsafe `dev` must be bound to its driver while the label is made. */
  static of(dev: device.Device): BoundLabel {
    // SAFETY: the caller vouches for the binding (this factory's contract).
    return new BoundLabel(dev.unsafeAsBound().name);
  }
}

export function labelFor(dev: device.Device): string {
  // SAFETY: `labelFor` is only called from this driver's probe,
  // where the bus keeps `dev` bound until probe returns.
  const label = BoundLabel.of(dev);
  return label.text.toUpperCase();
}

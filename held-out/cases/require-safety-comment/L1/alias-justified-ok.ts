// The alias call with its justification, and a destructured safe method.
import type { device } from '@bindsafe/kernel';

/**
 * Treats a handle as bound.
 *
 * @unsafe The device must be bound while the result is used.
 */
function trustBound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: forwarded contract of this function.
  return dev.unsafeAsBound();
}

export function hello(dev: device.Device): void {
  const trust = trustBound;
  // SAFETY: hello() is only called from probe of this device.
  trust(dev).info('hello');
  const { name } = dev;
  console.log(name);
}

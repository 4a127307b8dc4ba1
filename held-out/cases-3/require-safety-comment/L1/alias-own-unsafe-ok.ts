// A user's own @unsafe function is called through an alias, with a SAFETY comment directly above.
import type { device } from '@bindsafe/kernel';

/**
 * Views a stored handle as bound.
 * @unsafe The caller must guarantee that the device is bound for as long as the result is used.
 */
export function trustBound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: forwarded to the caller by this function's own @unsafe contract.
  return dev.unsafeAsBound();
}

export function resumeAll(devs: readonly device.Device[]): void {
  const trust = trustBound;
  for (const dev of devs) {
    // SAFETY: resumeAll runs from the PM core, which holds every listed device bound.
    const bound = trust(dev);
    bound.info('resumed');
  }
}

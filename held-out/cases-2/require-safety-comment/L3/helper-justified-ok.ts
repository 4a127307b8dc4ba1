// The justification sits next to the assumption in the helper; callers call a safe function. [class 7]
import type { device } from '@bindsafe/kernel';

const probed = new WeakSet<device.Device>();

export function markProbed(dev: device.Device): void {
  probed.add(dev);
}

function ifBound(dev: device.Device, f: (b: device.Device<device.Bound>) => void): void {
  if (!probed.has(dev)) return;
  // SAFETY: `probed` holds only devices between probe and the data's destructor, i.e. bound ones.
  f(dev.unsafeAsBound());
}

export const greet = (dev: device.Device): void => ifBound(dev, (b) => b.info('greetings'));

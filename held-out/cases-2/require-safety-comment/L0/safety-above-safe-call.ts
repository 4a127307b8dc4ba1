// A SAFETY comment above toNormal(), which is not unsafe. [class 8]
import type { device } from '@bindsafe/kernel';

export function handleOf(dev: device.Device<device.Bound>): device.Device {
  // SAFETY: the device is bound while we hold it. // expect: bindsafe/require-safety-comment
  return dev.toNormal();
}

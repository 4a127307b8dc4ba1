// The unsafe call inside a same-file helper is reported there; its callers need no comment.
import type { device } from '@bindsafe/kernel';

function boundOf(dev: device.Device): device.Device<device.Bound> {
  return dev.unsafeAsBound(); // expect: bindsafe/require-safety-comment
}

export function reportAll(devs: readonly device.Device[]): void {
  for (const dev of devs) boundOf(dev).info('report');
}

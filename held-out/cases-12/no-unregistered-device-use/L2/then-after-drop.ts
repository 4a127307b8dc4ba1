// A GPU hot-unplug notifier chains on the registration's drop() and then tries a guarded read of the parent. [class 5, 7]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function unplugThenReport(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  return reg
    .drop()
    .then(() => dev.withUnbindGuard((parent) => `${parent.name} still bound`) ?? `${dev.name} gone`); // expect: bindsafe/no-unregistered-device-use
}

// A GPU hot-unplug notifier takes its guarded reading first, then chains on drop() and only reports the name afterwards. [class 5, 7]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function reportThenUnplug(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  const before = dev.withUnbindGuard((parent) => `${parent.name} bound`) ?? 'already unplugged';
  return reg
    .drop()
    .then(() => `${dev.name} gone (was ${before}, dropped=${reg.dropped})`);
}

// The parent() of a guarded auxiliary device is section-scoped too. [class 3]
import type { device } from '@bindsafe/kernel';
import type { AuxDevice } from '../../_shared/aux-drm.js';

export class CoreLink {
  core: device.Device<device.Bound> | undefined;

  attach(dev: AuxDevice): boolean {
    using guard = dev.unbindGuard();
    if (!guard) return false;
    this.core = guard.parent.parent(); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  }
}

// A deferred sample casts the guard inside a queueMicrotask callback.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function sampleLater(dev: AuxDevice, out: number[]): void {
  queueMicrotask(() => {
    using guard = dev.unbindGuard() as drm.UnbindGuard<AuxDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    out.push(guard.parent.id);
  });
}

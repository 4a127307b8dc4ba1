// [class 8] A primary/secondary fallback through `??` is cast to a definite guard although both may be unplugged.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface HeadPair {
  readonly primary: AuxDevice;
  readonly secondary: AuxDevice;
}

export function activeParent({ primary, secondary }: HeadPair): number {
  using guard = (primary.unbindGuard() ?? secondary.unbindGuard()) as drm.UnbindGuard<AuxDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.id;
}

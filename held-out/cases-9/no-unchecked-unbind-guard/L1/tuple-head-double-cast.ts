// [class 8] The first device of a tuple is destructured and its guard double-cast through unknown.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function leadId(devices: readonly [AuxDevice, ...AuxDevice[]]): number {
  const [lead, ...rest] = devices;
  using guard = lead.unbindGuard() as unknown as drm.UnbindGuard<AuxDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.id + rest.length;
}

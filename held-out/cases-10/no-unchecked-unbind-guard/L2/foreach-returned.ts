// A broadcast enters every device in a forEach arrow whose result (the guard) is dropped.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function touchAll(devs: readonly AuxDevice[]): void {
  devs.forEach((dev) => dev.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
}

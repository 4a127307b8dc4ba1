// [class 7] A concise arrow handed to forEach returns each guard to forEach, which drops it.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export function kickAll(devs: readonly AuxDevice[]): void {
  devs.forEach((dev) => dev.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
}

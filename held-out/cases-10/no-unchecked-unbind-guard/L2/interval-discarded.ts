// A heartbeat interval calls unbindGuard() as a statement.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function heartbeat(dev: AuxDevice, beats: number[]): ReturnType<typeof setInterval> {
  return setInterval(() => {
    dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    beats.push(Date.now());
  }, 1000);
}

// A keepalive ping discards the guard with void.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function ping(dev: AuxDevice): number {
  void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  return dev.data.frames;
}

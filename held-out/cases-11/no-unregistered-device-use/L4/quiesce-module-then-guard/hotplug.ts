// A hotplug handler quiesces the registration through another module, then still asks for the parent's name under withUnbindGuard.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { quiesce, QuiesceError } from './lifecycle.js';

export async function onUnplug(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  try {
    await quiesce(reg, dev.name);
  } catch (error) {
    if (!(error instanceof QuiesceError)) throw error;
  }
  const parent = dev.withUnbindGuard((adev) => adev.asRef().name) ?? '(gone)'; // expect: bindsafe/no-unregistered-device-use
  return `${dev.name} under ${parent}`;
}

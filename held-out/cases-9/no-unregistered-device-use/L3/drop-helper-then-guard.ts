// A quiesce() helper drops the registration; the caller then takes a guard on the device through withUnbindGuard.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

async function quiesce(reg: drm.Registration<AuxDrm>, why: string): Promise<void> {
  if (why.length === 0) throw new TypeError('a reason is required');
  await reg.drop();
}

export async function powerOff(reg: drm.Registration<AuxDrm>): Promise<string> {
  await quiesce(reg, 'power-off');
  const parentName = reg.device().withUnbindGuard((parent) => parent.name); // expect: bindsafe/no-unregistered-device-use
  return parentName ?? 'gone';
}

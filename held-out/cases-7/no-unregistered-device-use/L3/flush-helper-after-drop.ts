// A suspend path drops the registration and then calls a same-file flush() helper that takes an unbind guard on the device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function flush(dev: AuxDevice): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  dev.data.frames = 0;
  return true;
}

export async function suspend(reg: drm.Registration<AuxDrm>): Promise<boolean> {
  const dev = reg.device();
  await reg.drop();
  return flush(dev); // expect: bindsafe/no-unregistered-device-use
}

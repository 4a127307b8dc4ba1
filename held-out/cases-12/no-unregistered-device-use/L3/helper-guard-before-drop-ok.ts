// A telemetry sampler takes an unbind guard in a same-file helper; the suspend path samples first and drops the registration after. [class 1, 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function sampleFrames(dev: AuxDevice): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return -1;
  return guard.registrationDataWith((_parent, regData) => regData.label.length) + dev.data.frames;
}

export async function suspend(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  const frames = sampleFrames(dev);
  await reg.drop();
  return frames;
}

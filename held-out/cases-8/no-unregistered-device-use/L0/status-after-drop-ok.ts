// A shutdown helper drops the registration and then reports the device's name and frame count.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface ShutdownReport {
  readonly name: string;
  readonly frames: number;
}

export async function shutdown(reg: drm.Registration<AuxDrm>): Promise<ShutdownReport> {
  const dev = reg.device();
  await reg.drop();
  return { name: dev.name, frames: dev.data.frames };
}

// After dropping the registration a shutdown report still reads the device's name and data.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface ShutdownReport {
  readonly device: string;
  readonly frames: number;
  readonly at: number;
}

export async function shutdown(reg: drm.Registration<AuxDrm>): Promise<ShutdownReport> {
  await reg.drop();
  const dev = reg.device();
  return { device: dev.name, frames: dev.data.frames, at: Date.now() };
}

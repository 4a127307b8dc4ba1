// After dropping the registration the shutdown log still reads the device name and data.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function shutdown(reg: drm.Registration<AuxDrm>, log: string[]): Promise<void> {
  await reg.drop();
  const dev = reg.device();
  log.push(`${dev.name}: ${dev.data.frames} frames`);
}

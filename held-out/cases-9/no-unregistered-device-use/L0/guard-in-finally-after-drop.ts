// A hot-reset routine drops the registration, then a finally block still runs withUnbindGuard on its device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function hotReset(reg: drm.Registration<AuxDrm>, log: string[]): Promise<void> {
  const dev = reg.device();
  try {
    await reg.drop();
  } finally {
    const id = dev.withUnbindGuard((parent) => parent.id); // expect: bindsafe/no-unregistered-device-use
    log.push(`reset done (${id ?? 'gone'})`);
  }
}

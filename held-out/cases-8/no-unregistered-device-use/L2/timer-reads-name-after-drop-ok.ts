// After the drop, a deferred log line reads the name of a normal handle of the device from a timer.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function dropAndAnnounce(reg: drm.Registration<AuxDrm>, log: (line: string) => void): Promise<void> {
  const handle = reg.device().toNormal();
  await reg.drop();
  setTimeout(() => log(`${handle.name} unplugged after ${handle.data.frames} frames`), 10);
}

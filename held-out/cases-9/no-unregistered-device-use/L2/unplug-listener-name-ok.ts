// [class 7] After the drop, a listener on the shared hotplug bus reports the device's name only.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export async function unplug(reg: drm.Registration<AuxDrm>): Promise<void> {
  const dev = reg.device().toNormal();
  await reg.drop();
  hotplugEvents.once('report', (sink: (line: string) => void) => sink(`${dev.name} unplugged after ${dev.data.frames} frames`));
  hotplugEvents.emit('unplugged', dev.name);
}

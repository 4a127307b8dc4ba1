// A watchdog timer scheduled after the drop enters the (unplugged) device's section.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function stopWithWatchdog(reg: drm.Registration<AuxDrm>, onTick: (id: number | undefined) => void): Promise<void> {
  const dev = reg.device();
  await reg.drop();
  setTimeout(() => onTick(dev.withUnbindGuard((parent) => parent.id)), 10); // expect: bindsafe/no-unregistered-device-use
}

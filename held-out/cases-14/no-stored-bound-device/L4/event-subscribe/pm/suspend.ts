// System sleep hooks: drivers subscribe their register windows to the shared hotplug/PM event bus.
import type { platform } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../../../cases/_shared/timing.js';

const PM_CTRL = 0x0;

export function pm_subscribe(io: platform.IoMem, sleep_val: number): void {
  hotplugEvents.on('suspend', () => io.write32(sleep_val, PM_CTRL));
}

// Subscribes a device to the shared, module-lived hotplug bus (default export).
import type { device } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../../cases/_shared/timing.js';

export default function watchRescan(dev: device.Device<device.Bound>, label: string): void {
  hotplugEvents.on('rescan', () => dev.info(`${label}: rescan requested`));
}

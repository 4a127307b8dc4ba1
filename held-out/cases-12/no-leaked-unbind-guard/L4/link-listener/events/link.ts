// Link-state notifications on the shared long-lived hot-plug bus.
import type { device, pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../../../cases/_shared/timing.js';

export function watchLink(parent: pci.Device<device.Bound>): void {
  hotplugEvents.on('link', (up: boolean) => parent.asRef().info(`link ${up ? 'up' : 'down'}`));
}

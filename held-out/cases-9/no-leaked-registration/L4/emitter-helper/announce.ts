import { auxiliary, type device } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../../cases/_shared/timing.js';

/** Makes a child and answers `whois` queries on the shared bus with its name. */
export function announce(dev: device.Device<device.Bound>, name: string): void {
  const child = auxiliary.Registration.new(dev, name, 0, 'held9_bt');
  hotplugEvents.on('whois', (reply: (n: string) => void) => reply(child.name));
}

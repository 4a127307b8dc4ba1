// Creates the board's LED child and reports what it is called.
import { auxiliary, type device } from '@bindsafe/kernel';

export function announceLeds(parent: device.Device<device.Bound>, modname: string): string {
  const leds = auxiliary.Registration.new(parent, 'leds', 0, modname);
  parent.info(`${modname}: LED controller at ${leds.name}`);
  return leds.name;
}

// Child-device helpers of the core driver.
import { auxiliary, type device } from '@bindsafe/kernel';

export function announceChildren(dev: device.Device<device.Bound>, names: readonly string[]): number {
  let made = 0;
  for (const name of names) {
    const child = auxiliary.Registration.new(dev, name, made, 'held_core');
    dev.info(`child ${child.name}`);
    made++;
  }
  return made;
}

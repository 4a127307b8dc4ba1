// LED class children of a platform LED controller.
import { auxiliary, type device } from '@bindsafe/kernel';

export function attachLeds(parent: device.Device<device.Bound>, count: number): auxiliary.Registration[] {
  const leds: auxiliary.Registration[] = [];
  for (let i = 0; i < count; i++) {
    leds.push(auxiliary.Registration.new(parent, `led${i}`, i, 'ledctl'));
  }
  return leds;
}

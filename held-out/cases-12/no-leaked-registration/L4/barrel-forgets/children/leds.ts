// LED class children of a platform LED controller.
import { auxiliary, type device } from '@bindsafe/kernel';

export function attachLeds(parent: device.Device<device.Bound>, count: number): number {
  for (let i = 0; i < count; i++) {
    auxiliary.Registration.new(parent, `led${i}`, i, 'ledctl');
  }
  return count;
}

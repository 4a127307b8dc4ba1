// Child-device helpers of the GPU driver: create and remove the display auxiliary device.
import { auxiliary, type device } from '@bindsafe/kernel';

export function addDisplay(parent: device.Device<device.Bound>, index: number): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'display', index, 'gpu_hub');
}

export function removeDisplay(child: auxiliary.Registration): Promise<void> {
  return child.drop();
}

// Child-device helpers returning what they create.
import { auxiliary, type device } from '@bindsafe/kernel';

export const createDisplay = (dev: device.Device<device.Bound>): auxiliary.Registration => auxiliary.Registration.new(dev, 'display', 0, 'held_core');

// Helper module: makes the debugfs child of a parent.
import { auxiliary, type device } from '@bindsafe/kernel';

export function spawnDebugChild(parent: device.Device<device.Bound>, instance = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'debugfs', instance, 'held8_ethdbg');
}

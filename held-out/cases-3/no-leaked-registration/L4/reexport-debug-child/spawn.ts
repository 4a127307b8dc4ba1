// Makes a debug child and keeps it in a module variable only.
import { auxiliary, type device } from '@bindsafe/kernel';

let debugChild: auxiliary.Registration | undefined;

export function spawnDebug(parent: device.Device<device.Bound>): string {
  debugChild = auxiliary.Registration.new(parent, 'held-debug', 0, 'held_debug');
  return debugChild.name;
}

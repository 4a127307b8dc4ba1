// A heartbeat interval stops itself when the device is unplugged.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function heartbeatChecked(dev: AuxDevice, beats: number[]): void {
  const timer = setInterval(() => {
    using guard = dev.unbindGuard();
    if (!guard) {
      clearInterval(timer);
      return;
    }
    beats.push(guard.parent.id);
  }, 1000);
}

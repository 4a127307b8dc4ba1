// [class 7] A once-listener on the shared hotplug bus, registered inside registrationDataWith, captures the data's log.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function armResetNote(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    hotplugEvents.once('reset', () => data.log.push('reset seen')); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}

// A device watcher (imported renamed through a barrel) is given the registration data's core device.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { watchDevice } from './tracking/index.js';

export function watchCore(dev: GpuDevice, key: string): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    watchDevice(key, data.pdev.asRef()); // expect: bindsafe/no-leaked-unbind-guard
  });
}

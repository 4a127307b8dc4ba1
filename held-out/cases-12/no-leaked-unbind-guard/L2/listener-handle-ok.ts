// The hot-plug listener captures a Device<Normal> handle and the vendor id. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function watchLink(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    const handle = parent.toNormal();
    const vendor = parent.vendorId;
    hotplugEvents.on('link-change', (up: boolean) => {
      console.log(`${handle.name} [${vendor.toString(16)}] link ${up ? 'up' : 'down'}`);
    });
  });
}

// A hot-plug notifier subscribes a listener on the shared long-lived event bus that uses the parent. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function watchLink(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    hotplugEvents.on('link-change', (up: boolean) => { // expect: bindsafe/no-leaked-unbind-guard
      parent.asRef().info(`link ${up ? 'up' : 'down'}`);
    });
  });
}

// A mixin adds a logging method that only borrows the parent it is given during the call.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Ctor<T = object> = new (...args: any[]) => T;

function Loggable<B extends Ctor>(Base: B) {
  return class extends Base {
    logRevision(pdev: pci.Device<device.Bound>, prefix = 'gpu'): string {
      const line = `${prefix}: rev ${pdev.revision}`;
      pdev.asRef().info(line);
      return line;
    }
  };
}

class Service {
  constructor(readonly dev: GpuDevice) {}
}

export class LoggedService extends Loggable(Service) {
  report(): string {
    using guard = this.dev.unbindGuard();
    if (!guard) return 'unplugged';
    return this.logRevision(guard.parent);
  }
}

// A sound card's mixer query: a `using` guard inside a `switch` case block, early throw when unplugged.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export type MixerQuery = 'vendor' | 'device' | 'label';

export function mixerInfo(dev: GpuDevice, query: MixerQuery): string {
  switch (query) {
    case 'label':
      return dev.data.label;
    case 'vendor':
    case 'device': {
      using guard = dev.unbindGuard();
      if (typeof guard === 'undefined') throw new Error('ENODEV: mixer unplugged');
      const id = query === 'vendor' ? guard.parent.vendorId : guard.parent.deviceId;
      return id.toString(16).padStart(4, '0');
    }
  }
}

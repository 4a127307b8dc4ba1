// A NIC's MTU query uses an imported helper that throws for an unplugged device; caught and mapped to 0.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { LinkGoneError, requireLink } from './require.js';

export function mtu(dev: GpuDevice): number {
  try {
    using guard = requireLink(dev);
    return guard.registrationDataWith((_parent, data) => data.bar.read16(0x20));
  } catch (error) {
    if (error instanceof LinkGoneError) return 0;
    throw error;
  }
}

// The registration data's Bar is lent to a helper in another module; only numbers come back.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { readAll } from './offsets.js';

export function snapshot(dev: GpuDevice): Record<string, number> | undefined {
  using guard = dev.unbindGuard();
  return guard?.registrationDataWith((_parent, data) => ({ ...readAll(data.bar) }));
}

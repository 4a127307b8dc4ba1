// An object made inside the section groups guarded values, is used and dropped there; a string leaves.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function describeAperture(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 'unplugged';
  return guard.registrationDataWith((parent, data) => {
    const ctx = { pdev: parent, bar: data.bar, log: data.log };
    const parts = [ctx.pdev.vendorId.toString(16), ctx.bar.size.toString(), String(ctx.log.length)];
    return parts.join(':');
  });
}

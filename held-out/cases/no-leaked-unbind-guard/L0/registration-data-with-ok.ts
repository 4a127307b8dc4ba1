// registrationDataWith callbacks that stay inside the section and return plain data.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function bumpCounter(dev: GpuDevice, key: string): number | undefined {
  using guard = dev.unbindGuard();
  return guard?.registrationDataWith((parent, data) => {
    const next = (data.counters[key] ?? 0) + 1;
    data.counters[key] = next;
    data.log.push(`${parent.name}: ${key}=${next}`);
    return next;
  });
}

// The caller handles another module's pass-through result with `?.` and `??`, and with an `if` before destructuring.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { section } from './section.js';

export function deviceId(dev: GpuDevice): number {
  using guard = section(dev);
  return guard?.parent.deviceId ?? 0;
}

export function logLines(dev: GpuDevice, limit = 10): string[] {
  using guard = section(dev);
  if (guard === undefined) return [];
  const { parent } = guard;
  parent.asRef().info(`dumping ${limit} log lines`);
  return guard.registrationDataWith((_p, data) => data.log.slice(-limit));
}

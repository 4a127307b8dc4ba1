// `??` with a function that throws handles the unplugged case before the guard is used.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class Unplugged extends Error {}

function fail(name: string): never {
  throw new Unplugged(`${name} is unplugged`);
}

export function deviceId(dev: GpuDevice): number {
  using guard = dev.unbindGuard() ?? fail(dev.name);
  return guard.parent.deviceId;
}

// The result of an imported pass-through helper is handled with ?? and a throw expression helper.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterFor } from './enter.js';
import { unplugged } from './errors.js';

export function scanoutBar(dev: GpuDevice): number {
  using guard = enterFor(dev) ?? unplugged(dev.name);
  return guard.parent.resourceLen(2);
}

// The keep-alive ping reads through `open`'s guard with ?. and ?? (re-exported through a barrel).
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { open } from './lib/index.js';

export function keepAlive(dev: GpuDevice): string {
  using guard = open(dev);
  return `${dev.name}: ping ${guard?.parent.name ?? '(unplugged)'}`;
}

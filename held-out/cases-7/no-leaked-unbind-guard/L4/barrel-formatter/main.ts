// [class 2] A helper imported through a barrel only reads the parent; its string result is kept in a module cache.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { describePci } from './lib/index.js';

const descriptions = new Map<string, string>();

export function describe(dev: GpuDevice): string {
  const hit = descriptions.get(dev.name);
  if (hit) return hit;
  using guard = dev.unbindGuard();
  if (!guard) return '(unplugged)';
  const text = describePci(guard.parent, 0, 2);
  descriptions.set(dev.name, text);
  return text;
}

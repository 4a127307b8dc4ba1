// A config object spread with defaults; the guard is narrowed by !== undefined before a !.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface ReadOptions {
  bar?: number;
  fallback?: number;
}

const defaults: Required<ReadOptions> = { bar: 0, fallback: 0 };

export function barLength(dev: GpuDevice, options: ReadOptions = {}): number {
  const { bar, fallback } = { ...defaults, ...options };
  using guard = dev.unbindGuard();
  if (guard !== undefined) {
    const held = guard;
    return held!.parent.resourceLen(bar);
  }
  return fallback;
}

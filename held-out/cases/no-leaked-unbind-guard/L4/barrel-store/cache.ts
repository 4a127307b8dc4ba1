// A cache of registration data, keyed by device name.
import type { GpuRegData } from '../../../_shared/gpu-drm.js';

const byName = new Map<string, GpuRegData>();

export function cacheRegData(name: string, data: GpuRegData): void {
  byName.set(name, data);
}

export function cachedVram(name: string): number | undefined {
  return byName.get(name)?.vramSize;
}

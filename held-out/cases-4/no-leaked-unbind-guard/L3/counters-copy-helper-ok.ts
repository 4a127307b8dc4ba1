// A nested copy helper (no structuredClone) rebuilds the counters as a fresh Record of numbers, which the caller keeps in a module Map. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const lastCounters = new Map<string, Record<string, number>>();

function copyCounters(counters: Readonly<Record<string, number>>, scale = 1): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(counters)) out[key] = value * scale;
  return out;
}

export function sampleCounters(dev: GpuDevice): Record<string, number> {
  using guard = dev.unbindGuard();
  if (!guard) return lastCounters.get(dev.name) ?? {};
  const copy = guard.registrationDataWith((_parent, data) => copyCounters(data.counters));
  lastCounters.set(dev.name, copy);
  return copy;
}

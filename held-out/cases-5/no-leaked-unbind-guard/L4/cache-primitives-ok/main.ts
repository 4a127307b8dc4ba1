// Ring counters (`Object.values` of a `Record<string, number>`) and BAR words from `Array.from` are handed to another module's long-lived cache: copies of plain numbers. [class 2]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { recordSamples } from './stats-cache.js';

const PERF_BASE = 0x600;

export function samplePerf(dev: drm.Device<GpuDrm>, counters = 4): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    recordSamples(`${dev.name}/rings`, Object.values(data.counters));
    const words = Array.from({ length: counters }, (_, i) => data.bar.read32(PERF_BASE + i * 4));
    recordSamples(`${dev.name}/perf`, words);
    return words.length;
  });
}

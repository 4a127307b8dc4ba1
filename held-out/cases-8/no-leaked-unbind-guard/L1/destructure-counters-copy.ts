// Valid: destructured counters are copied with spread (numbers only) into a module snapshot.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

let lastStats: { vram: number; counters: Record<string, number> } = { vram: 0, counters: {} };

export function sampleStats(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  guard.registrationDataWith((_parent, { vramSize, counters }) => {
    lastStats = { vram: vramSize, counters: { ...counters } };
  });
}

export const stats = (): typeof lastStats => lastStats;

// A probe-time style context object is built from the guard's parent and dropped inside the section.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface BarReport {
  readonly index: number;
  readonly length: number;
}

export function describeBars(dev: GpuDevice, count = 3): BarReport[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const p = guard.parent;
  const ctx = { pdev: p, reports: [] as BarReport[] };
  for (let index = 0; index < count; index++) {
    ctx.reports.push({ index, length: ctx.pdev.resourceLen(index) });
  }
  return ctx.reports;
}

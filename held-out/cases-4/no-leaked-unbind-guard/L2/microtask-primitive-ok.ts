// queueMicrotask and setTimeout closures capture only numbers and strings copied out of the section, and the DRM device handle.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const reports: string[] = [];

export function reportRevision(dev: GpuDevice, delayMs = 0): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const revision = guard.parent.revision;
  const name = `${guard.parent.name}`;
  queueMicrotask(() => reports.push(`${name}: rev ${revision}`));
  setTimeout(() => reports.push(`${dev.name}: still registered`), delayMs);
}

export function drainReports(): string[] {
  return reports.splice(0, reports.length);
}

// Functions bound to plain strings read inside the section, handed to timers. [class 7]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

function report(prefix: string, value: string): void {
  console.log(`${prefix}: ${value}`);
}

export function reportLater(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const late = report.bind(null, guard.parent.name);
  setTimeout(late, 100, `rev ${guard.parent.revision}`);
}

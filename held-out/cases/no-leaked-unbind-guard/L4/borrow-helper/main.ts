// The guarded parent passed to borrowing helpers in another module.
import type { GpuDevice } from '../../../_shared/gpu-drm.js';
import { formatPci, logLine } from './format.js';

export function banner(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (!guard) return '';
  const text = formatPci(guard.parent);
  logLine(guard.parent.asRef(), text);
  return text;
}

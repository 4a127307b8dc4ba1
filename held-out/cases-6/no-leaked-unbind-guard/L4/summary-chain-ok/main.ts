// [class 8] A debugfs file's read: an imported helper chain reads the registration data and returns a string kept in a module cache.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { summarize } from './format.js';

const lastSummary = new Map<string, string>();

export function readSummary(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (!guard) return lastSummary.get(dev.name) ?? 'unplugged';
  const text = guard.registrationDataWith((_parent, data) => summarize(data));
  lastSummary.set(dev.name, text);
  return text;
}

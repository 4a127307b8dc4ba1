// A closure made and called inside the section, whose result is a string.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export const names: string[] = [];

export function nameIt(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const describe = (suffix: string): string => `${guard.parent.name}-${suffix}`;
  names.push(describe('a'), describe('b'));
}

// map / reduce / some / forEach run during the call: their use of the parent stays in the section. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function barSummary(dev: GpuDevice, bars: readonly number[]): string {
  using guard = dev.unbindGuard();
  if (!guard) return 'unplugged';
  const { parent } = guard;
  const sizes = bars.map((b) => parent.resourceLen(b));
  const total = sizes.reduce((acc, s) => acc + s, 0);
  const anyEmpty = bars.some((b) => parent.resourceLen(b) === 0);
  bars.forEach((b) => parent.asRef().info(`bar${b}`));
  return `${total}${anyEmpty ? ' (some empty)' : ''}`;
}

// Objects, arrays and Maps created and dropped inside the section may hold guarded values.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function summary(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (!guard) return 'gone';
  const ctx = { parent: guard.parent, tag: 'summary' };
  const seen = new Map([[ctx.tag, ctx.parent]]);
  const list = [ctx.parent, ...seen.values()];
  const first = list.at(0);
  return `${ctx.tag}: ${first?.name ?? '?'} x${list.length}`;
}

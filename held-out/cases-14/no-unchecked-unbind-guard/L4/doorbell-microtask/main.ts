// A submit path coalesces doorbell kicks into one queueMicrotask per card; the microtask calls an imported kick helper and drops the guard it returns. [class 5, class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { kickCard } from './kick.js';

const scheduled = new WeakSet<GpuDevice>();

export function scheduleKick(card: GpuDevice): void {
  if (scheduled.has(card)) return;
  scheduled.add(card);
  queueMicrotask(() => {
    scheduled.delete(card);
    kickCard(card); // expect: bindsafe/no-unchecked-unbind-guard
  });
}

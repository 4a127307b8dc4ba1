// A ring drainer counts completed fences, reading the completed seqno once inside a checked critical section before the loop.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function drainCompleted(dev: GpuDevice, fences: readonly number[]): number[] {
  const done: number[] = [];
  using guard = dev.unbindGuard();
  if (typeof guard === 'undefined') return done;
  const completedSeqno = guard.registrationDataWith((_parent, data) => data.counters['completed'] ?? 0);
  for (let i = 0, seqno = fences[0]; i < fences.length; i++, seqno = fences[i]) {
    if (seqno !== undefined && seqno <= completedSeqno) done.push(seqno);
  }
  return done;
}

// A ring drainer counts completed fences in a for loop whose update clause calls unbindGuard() as the first comma operand, discarding each guard.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function drainCompleted(dev: GpuDevice, fences: readonly number[], completedSeqno: number): number[] {
  const done: number[] = [];
  for (let i = 0; i < fences.length; dev.unbindGuard(), i++) { // expect: bindsafe/no-unchecked-unbind-guard
    const seqno = fences[i];
    if (seqno !== undefined && seqno <= completedSeqno) done.push(seqno);
  }
  return done;
}

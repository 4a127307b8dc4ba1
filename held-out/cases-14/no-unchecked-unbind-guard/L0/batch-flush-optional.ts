// A batching submitter groups queued jobs by card name and flushes each batch, "entering" the card with an optional call whose guard it throws away.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Job {
  readonly card: string;
  readonly words: number;
}

export function flushBatches(cards: ReadonlyMap<string, GpuDevice>, jobs: readonly Job[], batchSize = 8): number {
  let flushed = 0;
  for (let start = 0; start < jobs.length; start += batchSize) {
    const batch = jobs.slice(start, start + batchSize);
    const target = cards.get(batch[0]?.card ?? '');
    target?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
    flushed += batch.reduce((sum, job) => sum + job.words, 0);
  }
  return flushed;
}

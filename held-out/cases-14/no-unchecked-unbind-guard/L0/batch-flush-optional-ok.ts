// A batching submitter groups queued jobs by card name and flushes each batch only while its card is plugged in, through an optional guard.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Job {
  readonly card: string;
  readonly words: number;
}

export function flushBatches(cards: ReadonlyMap<string, GpuDevice>, jobs: readonly Job[], batchSize = 8): number {
  let flushed = 0;
  for (let start = 0; start < jobs.length; start += batchSize) {
    const batch = jobs.slice(start, start + batchSize);
    using guard = cards.get(batch[0]?.card ?? '')?.unbindGuard();
    const limit = guard?.parent.resourceLen(0) ?? 0;
    flushed += batch.reduce((sum, job) => (job.words <= limit ? sum + job.words : sum), 0);
  }
  return flushed;
}

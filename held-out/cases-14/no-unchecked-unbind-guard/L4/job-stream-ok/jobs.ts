// An async source of job batches, as a work queue would deliver them.
import { pause } from '../../../../cases/_shared/timing.js';

export interface Job {
  readonly ring: number;
  readonly words: number;
}

export async function* batches(jobs: readonly Job[], size: number): AsyncGenerator<readonly Job[]> {
  for (let i = 0; i < jobs.length; i += size) {
    await pause(1);
    yield jobs.slice(i, i + size);
  }
}

// A submit worker consumes an async stream of job batches with for await and casts the default-imported acquire() result to a guard for each batch. [class 5, class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import acquire from './acquire.js';
import { batches, type Job } from './jobs.js';

export async function submitAll(card: GpuDevice, jobs: readonly Job[]): Promise<number> {
  let words = 0;
  for await (const batch of batches(jobs, 8)) {
    using guard = acquire(card) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    words += guard.registrationDataWith((_pdev, data) => {
      let sum = 0;
      for (const job of batch) {
        data.bar.write32(job.words, 0x800 + job.ring * 4);
        sum += job.words;
      }
      return sum;
    });
  }
  return words;
}

// A generic retry-with-backoff combinator is handed an async arrow that throws ENODEV for an unplugged card, which the combinator treats as final. [class 5, class 7]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function retry<T>(attempts: number, backoffMs: number, op: (attempt: number) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await op(attempt);
    } catch (error) {
      if (error instanceof errors.KernelError && error.code === 'ENODEV') throw error;
      lastError = error;
      await pause(backoffMs * 2 ** attempt);
    }
  }
  throw lastError;
}

export function readVramSize(dev: GpuDevice): Promise<number> {
  return retry(3, 5, async () => {
    using guard = dev.unbindGuard();
    if (!guard) throw new errors.KernelError('ENODEV', `${dev.name}: unplugged`);
    return guard.registrationDataWith((_pdev, data) => data.vramSize);
  });
}

// A generic retry-with-backoff combinator is handed an async arrow that asserts the guard on every attempt, so an unplugged card becomes a TypeError retried to exhaustion. [class 5, class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function retry<T>(attempts: number, backoffMs: number, op: (attempt: number) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await op(attempt);
    } catch (error) {
      lastError = error;
      await pause(backoffMs * 2 ** attempt);
    }
  }
  throw lastError;
}

export function readVramSize(dev: GpuDevice): Promise<number> {
  return retry(3, 5, async () => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.registrationDataWith((_pdev, data) => data.vramSize);
  });
}

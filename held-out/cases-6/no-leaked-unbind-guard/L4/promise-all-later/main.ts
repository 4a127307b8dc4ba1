// [class 5] A storage driver hands the guarded parent to an imported helper that resolves a promise with it later.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { later } from './later.js';

export async function settleQueue(dev: GpuDevice): Promise<number> {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  let revision: number;
  try {
    const pending = later(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
    revision = guard.parent.revision;
    void pending;
  } finally {
    guard.release();
  }
  const [a, b] = await Promise.all([later(revision), later(revision + 1)]);
  return a + b;
}

// An async generator polls a GPU's fence counter through a same-file helper that handles an unplugged card with `?.`; the stream ends with `false` when the helper gives undefined. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function* pollFence(dev: GpuDevice, target: number, intervalMs = 2): AsyncGenerator<number, boolean, void> {
  for (;;) {
    const seqno = readFence(dev);
    if (seqno === undefined) return false;
    yield seqno;
    if (seqno >= target) return true;
    await pause(intervalMs);
  }
}

function readFence(dev: GpuDevice): number | undefined {
  using guard = dev.unbindGuard();
  return guard?.registrationDataWith((_pdev, data) => data.counters['fence'] ?? 0);
}

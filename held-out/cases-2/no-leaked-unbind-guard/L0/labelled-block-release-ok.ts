// A labelled block is left early with `break`; the release after it runs on every path. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function scrub(dev: GpuDevice, words: number): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  let written = 0;
  scrubbing: {
    if (words <= 0) break scrubbing;
    guard.registrationDataWith((_parent, data) => {
      for (let i = 0; i < words; i++) data.bar.write32(0, i * 4);
    });
    written = words;
  }
  guard.release();
  return written;
}

// A trace uploader copies what it needs before the first await and only uses copies afterwards. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function uploadTrace(dev: GpuDevice, chunks: readonly Uint8Array[]): Promise<number> | undefined {
  return dev.withUnbindGuard(async (parent) => {
    const limit = parent.resourceLen(2);
    const name = parent.name;
    let written = 0;
    for (const chunk of chunks) {
      await pause();
      if (written + chunk.byteLength > limit) break;
      written += chunk.byteLength;
    }
    console.log(`${name}: uploaded ${written} bytes`);
    return written;
  });
}

// A trace uploader streams chunks in an async registrationDataWith callback with for await. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function uploadTrace(dev: GpuDevice, chunks: AsyncIterable<Uint8Array>): Promise<number> | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith(async (_parent, data) => {
    let written = 0;
    for await (const chunk of chunks) {
      data.bar.write32(chunk.byteLength, 0x300); // expect: bindsafe/no-leaked-unbind-guard
      written += chunk.byteLength;
    }
    return written;
  });
}

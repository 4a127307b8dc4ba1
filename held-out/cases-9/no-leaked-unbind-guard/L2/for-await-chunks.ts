// An async withUnbindGuard callback streams firmware chunks with `for await` and checks the BAR length [class 5].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function uploadFirmware(dev: drm.Device<GpuDrm>, chunks: AsyncIterable<Uint8Array>): Promise<number | undefined> {
  return dev.withUnbindGuard(async (parent) => {
    let written = 0;
    for await (const chunk of chunks) {
      if (written + chunk.length > parent.resourceLen(0)) break; // expect: bindsafe/no-leaked-unbind-guard
      written += chunk.length;
    }
    return written;
  });
}

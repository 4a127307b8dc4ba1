// for await awaits before every iteration, so the body runs after the callback returned. [class 5]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

async function* firmwareChunks(): AsyncGenerator<string> {
  yield 'hdr';
  yield 'body';
}

export async function loadFirmware(dev: GpuDevice): Promise<void> {
  await dev.withUnbindGuard(async (parent) => {
    for await (const chunk of firmwareChunks()) {
      parent.asRef().info(`chunk ${chunk}`); // expect: bindsafe/no-leaked-unbind-guard
    }
  });
}

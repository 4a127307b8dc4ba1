// A safe async generator over a capture device's frame counter: it justifies its own unsafe call and stops once the device is gone.
import type { devres, platform } from '@bindsafe/kernel';

export async function* frames(handle: platform.Device, mem: devres.Devres<platform.IoMem>, count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    if (mem.revoked) return;
    // SAFETY: the Devres is not revoked, so the binding it was made in is still alive.
    const dev = handle.asRef().unsafeAsBound();
    yield mem.access(dev).read32(0x30);
    await new Promise<void>((resolve) => setTimeout(resolve, 16));
  }
}

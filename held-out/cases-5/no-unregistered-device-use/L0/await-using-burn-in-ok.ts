// A burn-in routine takes over a registration with `await using`, exercises the device inside the block, and only reads its name after the block dropped it. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function burnIn(registration: drm.Registration<GpuDrm>, rounds: number): Promise<string> {
  const dev = registration.device();
  {
    await using owned = registration;
    const file = owned.device().openFile();
    for (let ring = 0; ring < rounds; ring++) {
      await dev.ioctl('submit', { ring, seqno: 0 }, file);
    }
  }
  return `${dev.name}: burn-in of ${rounds} rounds done, ${dev.data.submitted} submitted`;
}

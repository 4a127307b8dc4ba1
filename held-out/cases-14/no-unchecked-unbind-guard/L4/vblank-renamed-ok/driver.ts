// A vblank pacing generator enters the card once per frame through a renamed re-export, asserts it with the library's assertion function, and reads the vblank counter.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { assertCardHeld, enterCard } from './lib/index.js';

export function* paceFrames(card: GpuDevice, frames: number, intervalMs = 16): Generator<number> {
  let deadline = 0;
  for (let frame = 0; frame < frames; frame++) {
    {
      using guard = enterCard(card);
      assertCardHeld(guard);
      deadline = guard.registrationDataWith((_pdev, data) => data.bar.read32(0x900)) * intervalMs;
    }
    yield deadline;
  }
}

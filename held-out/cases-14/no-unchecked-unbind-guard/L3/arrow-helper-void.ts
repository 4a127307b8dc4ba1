// A scanout-vblank batcher keeps an arrow helper that enters the card; the batch loop voids the helper's guard result on every frame.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const enterCard = (card: GpuDevice) => card.unbindGuard();

export function* vblankFrames(card: GpuDevice, frames: number, period = 16): Generator<number, void, boolean | undefined> {
  for (let frame = 0; frame < frames; frame++) {
    void enterCard(card); // expect: bindsafe/no-unchecked-unbind-guard
    const skip = yield frame * period;
    if (skip) frame++;
  }
}

// A vblank pacing generator "enters" the card once per frame through a renamed re-export and voids what it returns.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterCard } from './lib/index.js';

export function* paceFrames(card: GpuDevice, frames: number, intervalMs = 16): Generator<number> {
  let deadline = 0;
  for (let frame = 0; frame < frames; frame++) {
    void enterCard(card); // expect: bindsafe/no-unchecked-unbind-guard
    deadline += intervalMs;
    yield deadline;
  }
}

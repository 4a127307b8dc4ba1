// A telemetry generator walks a batch of GPUs and yields each parent's PCI revision, asserting the guard instead of handling an unplugged card. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface RevisionSample {
  readonly card: string;
  readonly revision: number;
}

export function* sampleRevisions(cards: Iterable<GpuDevice>): Generator<RevisionSample, number, void> {
  let seen = 0;
  for (const card of cards) {
    let revision: number;
    {
      using guard = card.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      revision = guard.parent.revision;
    }
    seen++;
    yield { card: card.name, revision };
  }
  return seen;
}

// A stats generator pulls per-card submit counters, entering each card through an imported helper that throws for an unplugged card itself. [class 8]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterOrThrow } from './lib/sections.js';

export function* submitCounts(cards: Iterable<GpuDevice>): Generator<{ readonly card: string; readonly submits: number }> {
  for (const card of cards) {
    let submits: number;
    {
      using guard = enterOrThrow(card);
      submits = guard.registrationDataWith((_pdev, data) => data.counters['submits'] ?? 0);
    }
    yield { card: card.name, submits };
  }
}

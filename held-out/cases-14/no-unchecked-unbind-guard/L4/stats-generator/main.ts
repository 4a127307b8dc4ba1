// A stats generator pulls per-card submit counters, entering each card through an imported helper whose result it asserts. [class 8]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enter } from './lib/sections.js';

export function* submitCounts(cards: Iterable<GpuDevice>): Generator<{ readonly card: string; readonly submits: number }> {
  for (const card of cards) {
    let submits: number;
    {
      using guard = enter(card)!; // expect: bindsafe/no-unchecked-unbind-guard
      submits = guard.registrationDataWith((_pdev, data) => data.counters['submits'] ?? 0);
    }
    yield { card: card.name, submits };
  }
}

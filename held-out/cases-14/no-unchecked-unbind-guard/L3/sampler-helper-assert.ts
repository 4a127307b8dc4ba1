// A load sampler generator enters each card through a small helper that passes unbindGuard()'s result on, and asserts what the helper returned. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enter(card: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return card.unbindGuard();
}

export function* loadSamples(cards: readonly GpuDevice[], rounds: number): Generator<readonly [string, number]> {
  for (let round = 0; round < rounds; round++) {
    for (const card of cards) {
      let busy: number;
      {
        using guard = enter(card)!; // expect: bindsafe/no-unchecked-unbind-guard
        busy = guard.registrationDataWith((_pdev, data) => data.bar.read32(0x90));
      }
      yield [card.name, busy] as const;
    }
  }
}

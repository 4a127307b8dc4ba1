// A load sampler generator enters each card through a helper that throws ENODEV for an unplugged card itself, so the caller gets a guard. [class 8]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enterOrThrow(card: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = card.unbindGuard();
  if (!guard) throw new errors.KernelError('ENODEV', `${card.name}: unplugged while sampling`);
  return guard;
}

export function* loadSamples(cards: readonly GpuDevice[], rounds: number): Generator<readonly [string, number]> {
  for (let round = 0; round < rounds; round++) {
    for (const card of cards) {
      let busy: number;
      {
        using guard = enterOrThrow(card);
        busy = guard.registrationDataWith((_pdev, data) => data.bar.read32(0x90));
      }
      yield [card.name, busy] as const;
    }
  }
}

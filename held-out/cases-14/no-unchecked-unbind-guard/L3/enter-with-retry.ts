// A helper retries entering the card a few times while a reset is in progress, returning undefined if every try failed; the caller asserts the result anyway. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enterWithRetry(card: GpuDevice, tries: number): drm.UnbindGuard<GpuDrm> | undefined {
  for (let i = 0; i < tries; i++) {
    const guard = card.unbindGuard();
    if (guard) return guard;
  }
  return undefined;
}

export function engineClock(card: GpuDevice): number {
  using guard = enterWithRetry(card, 3)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_pdev, data) => data.bar.read32(0xa0)) * 1000;
}

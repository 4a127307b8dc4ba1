// A PCIe link trainer keeps its guard in a small wrapper map and asserts the entry's guard. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Step = 'gen1' | 'gen2' | 'gen3';

export function trainLink(dev: GpuDevice, steps: readonly Step[]): number {
  using guard = dev.unbindGuard();
  const attempt: { guard: drm.UnbindGuard<GpuDrm> | undefined; tries: number } = { guard, tries: 0 };
  for (const step of steps) {
    attempt.tries++;
    if (step === 'gen3' && attempt.guard!.parent.revision >= 3) break; // expect: bindsafe/no-unchecked-unbind-guard
  }
  return attempt.tries;
}

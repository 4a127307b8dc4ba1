// A variadic helper returns the guard of the first live device; a warm-up loop drops it.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function firstLive(...devs: AuxDevice[]): drm.UnbindGuard<AuxDrm> | undefined {
  for (const dev of devs) {
    const guard = dev.unbindGuard();
    if (guard) return guard;
  }
  return undefined;
}

export function warmUp(a: AuxDevice, b: AuxDevice, rounds: number): void {
  for (let i = 0; i < rounds; i++) {
    firstLive(a, b); // expect: bindsafe/no-unchecked-unbind-guard
  }
}

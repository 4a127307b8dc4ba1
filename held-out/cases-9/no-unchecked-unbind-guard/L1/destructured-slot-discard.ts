// A slot record is destructured and the guard of its device is taken in a comma expression and dropped.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

interface Slot {
  readonly dev: AuxDevice;
  readonly index: number;
}

export function touchSlots(slots: readonly Slot[]): number {
  let touched = 0;
  for (const { dev, index } of slots) {
    if (index < 0) continue;
    dev.unbindGuard(), touched++; // expect: bindsafe/no-unchecked-unbind-guard
  }
  return touched;
}

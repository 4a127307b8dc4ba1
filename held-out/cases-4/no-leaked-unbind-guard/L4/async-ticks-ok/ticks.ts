// The helper module: an async generator of ticks and a reader that borrows the parent.
import type { device, pci } from '@bindsafe/kernel';
import { pause } from '../../../../cases/_shared/timing.js';

export async function* ticks(count: number, everyMs = 1): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    await pause(everyMs);
    yield i;
  }
}

export function linkSpeed(parent: pci.Device<device.Bound>): number {
  return parent.revision >= 2 ? 16 : 8;
}

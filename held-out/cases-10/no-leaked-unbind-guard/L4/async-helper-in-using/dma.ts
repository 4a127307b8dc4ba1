// An async DMA helper that polls the Bar until a transfer completes.
import type { pci } from '@bindsafe/kernel';
import { pause } from '../../../../cases/_shared/timing.js';

export async function waitTransfer(bar: pci.Bar, maxPolls = 20): Promise<boolean> {
  let polls = 0;
  do {
    if ((bar.read32(0xf0) & 0x1) === 0) return true;
    await pause(1);
  } while (++polls < maxPolls);
  return false;
}

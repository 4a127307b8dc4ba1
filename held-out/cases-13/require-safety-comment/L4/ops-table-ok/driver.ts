// A platform DMA controller submits descriptors through a kick entry destructured from an imported ops table, justified. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import ops, { type RingOps } from './hal/ops.js';

export function submit(pdev: platform.Device, io: devres.Devres<platform.IoMem>, ring: number, descriptors: readonly number[], table: RingOps = ops): string {
  const { kick, label } = ops;
  let tail = 0;
  for (const _ of descriptors) tail = (tail + 1) % 256;
  // SAFETY: submit is reached only through the dmaengine channel the driver data owns, released
  // in its destructor before the device is unbound.
  kick(pdev.asRef(), io, ring, tail);
  return label(pdev.asRef(), ring) + (table === ops ? '' : '*');
}

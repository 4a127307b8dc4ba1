// A platform DMA controller submits descriptors through an imported ops table whose kick entry is @unsafe, unjustified. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import ops from './hal/ops.js';

export function submit(pdev: platform.Device, io: devres.Devres<platform.IoMem>, ring: number, descriptors: readonly number[]): string {
  let tail = 0;
  for (const _ of descriptors) tail = (tail + 1) % 256;
  ops.kick(pdev.asRef(), io, ring, tail); // expect: bindsafe/require-safety-comment
  return ops.label(pdev.asRef(), ring);
}

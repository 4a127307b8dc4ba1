// A platform display engine programs its scanout window through a renamed re-export of the raw poke, unjustified. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import { poke, PokeWidth } from './hal/index.js';

export interface Window {
  readonly x: number;
  readonly y: number;
  readonly w?: number;
}

export function program(pdev: platform.Device, io: devres.Devres<platform.IoMem>, { x, y, w = 1920 }: Window): number {
  const packed = ((y & 0xffff) << 16) | (x & 0xffff);
  poke(pdev.asRef(), io, packed, 0x40); // expect: bindsafe/require-safety-comment
  return w * PokeWidth.Word;
}

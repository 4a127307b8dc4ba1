// A tagged helper re-exported under another name through a barrel, called without a comment.
import type { device } from '@bindsafe/kernel';
import { trace } from './lib/index.js';

export function reportTemps(dev: device.Device, temps: readonly number[]): number {
  const hottest = Math.max(...temps);
  trace(dev, `hottest sensor: ${hottest}`); // expect: bindsafe/require-safety-comment
  return hottest;
}

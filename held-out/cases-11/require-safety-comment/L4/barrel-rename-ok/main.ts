// The re-exported tagged helper called with a SAFETY comment, with a rest parameter and early return.
import type { device } from '@bindsafe/kernel';
import { trace } from './lib/index.js';

export function reportAll(dev: device.Device, ...lines: string[]): number {
  if (lines.length === 0) return 0;
  // SAFETY: reportAll runs from the probe of `dev`'s own driver, while `dev` is bound.
  trace(dev, lines.join(' | '));
  return lines.length;
}

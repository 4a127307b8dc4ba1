// An imported @unsafe static method called without a comment, and once with one.
import type { device } from '@bindsafe/kernel';
import { RawIo } from './io.js';

export function notify(dev: device.Device): void {
  RawIo.poke(dev, 'first'); // expect: bindsafe/require-safety-comment
  // SAFETY: notify() runs inside the parent's probe.
  RawIo.poke(dev, 'second');
}

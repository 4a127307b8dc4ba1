// The renamed re-export of an @unsafe helper is called without a SAFETY comment.
import type { device } from '@bindsafe/kernel';
import { assumeBound } from './index.js';

export function greet(dev: device.Device): string {
  const bound = assumeBound(dev); // expect: bindsafe/require-safety-comment
  bound.info('hello');
  return bound.name;
}

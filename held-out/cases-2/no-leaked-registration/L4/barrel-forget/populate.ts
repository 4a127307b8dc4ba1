// Makes one child per name and counts them; the registrations are not kept.
import type { device } from '@bindsafe/kernel';
import { makeChild } from './make.js';

export function populate(dev: device.Device<device.Bound>, names: readonly string[]): number {
  let n = 0;
  for (const name of names) {
    makeChild(dev, name, n);
    n++;
  }
  return n;
}

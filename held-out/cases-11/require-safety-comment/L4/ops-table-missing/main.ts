// An imported ops table's tagged property called through a WeakMap-cached lookup, without a comment.
import type { device } from '@bindsafe/kernel';
import { phyOps } from './ops.js';

const attachedNames = new WeakMap<device.Device, string>();

export function attachPhy(dev: device.Device): string {
  const cached = attachedNames.get(dev);
  if (cached !== undefined) return cached;
  const name = phyOps.attach(dev); // expect: bindsafe/require-safety-comment
  attachedNames.set(dev, name);
  return name;
}

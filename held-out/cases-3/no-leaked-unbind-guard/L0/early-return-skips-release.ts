// An unknown opcode returns early between the acquisition and the release of a `const` guard.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const handlers: Record<string, (len: number) => number> = {
  half: (len) => len >> 1,
  full: (len) => len,
};

export function window(dev: GpuDevice, op: string): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -1;
  const handler = handlers[op];
  if (handler === undefined) return -2;
  const size = handler(guard.parent.resourceLen(0));
  guard.release();
  return size;
}

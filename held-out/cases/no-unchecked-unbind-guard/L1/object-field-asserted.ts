// The result carried in an object literal, asserted when read back.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function labelled(dev: GpuDevice): string {
  const attempt = { guard: dev.unbindGuard(), at: Date.now() };
  const guard = attempt.guard!; // expect: bindsafe/no-unchecked-unbind-guard
  try {
    return `${guard.parent.name}@${attempt.at}`;
  } finally {
    guard.release();
  }
}

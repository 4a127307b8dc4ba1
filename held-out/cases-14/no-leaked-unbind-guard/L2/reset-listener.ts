// A reset coordinator listens for "reset" events on a shared EventTarget and re-reads the parent's revision.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const resets = new EventTarget();
const revisions: number[] = [];

export function watchResets(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  resets.addEventListener('reset', () => revisions.push(parent.revision)); // expect: bindsafe/no-leaked-unbind-guard
}

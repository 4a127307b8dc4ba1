// A reset coordinator listens for "reset" events on a shared EventTarget and reports the revision read at setup.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const resets = new EventTarget();
const revisions: number[] = [];

export function watchResets(dev: GpuDevice, signal: AbortSignal): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const revision = guard.parent.revision;
  resets.addEventListener('reset', () => revisions.push(revision), { signal });
}

// A telemetry emitter publishes a "frame" event per vblank, but skips old revisions early. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class FrameEvent extends Event {
  constructor(readonly vendor: number, readonly revision: number) {
    super('frame');
  }
}

export const telemetry = new EventTarget();

export function publishFrame(dev: GpuDevice): boolean {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (guard === undefined) return false;
  const { vendorId, revision } = guard.parent;
  if (revision < 3) return false;
  telemetry.dispatchEvent(new FrameEvent(vendorId, revision));
  guard.release();
  return true;
}

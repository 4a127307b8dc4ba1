// A telemetry emitter publishes a "frame" event per vblank, releasing the guard in `finally`. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class FrameEvent extends Event {
  constructor(readonly vendor: number, readonly revision: number) {
    super('frame');
  }
}

export const telemetry = new EventTarget();

export function publishFrame(dev: GpuDevice): boolean {
  const guard = dev.unbindGuard();
  if (guard === undefined) return false;
  try {
    const { vendorId, revision } = guard.parent;
    if (revision < 3) return false;
    telemetry.dispatchEvent(new FrameEvent(vendorId, revision));
    return true;
  } finally {
    guard.release();
  }
}

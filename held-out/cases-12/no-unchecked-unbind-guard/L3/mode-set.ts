// A mode-set commit calls its "enter" helper for the side effect and drops the guard it returns.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Mode {
  readonly width: number;
  readonly height: number;
  readonly refresh?: number;
}

function beginCommit(dev: GpuDevice) {
  return dev.unbindGuard();
}

export function commitMode(dev: GpuDevice, { width, height, refresh = 60 }: Mode): string {
  beginCommit(dev); // expect: bindsafe/no-unchecked-unbind-guard
  return `${dev.name}: ${width}x${height}@${refresh}`;
}

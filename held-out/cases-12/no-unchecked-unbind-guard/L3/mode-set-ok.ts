// A mode-set commit takes the guard its helper returns and checks it before committing.
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
  using guard = beginCommit(dev);
  if (guard === undefined) return `${dev.name}: unplugged`;
  return `${guard.parent.name}: ${width}x${height}@${refresh}`;
}

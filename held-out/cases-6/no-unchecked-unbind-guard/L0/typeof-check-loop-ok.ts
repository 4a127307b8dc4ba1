// An audio driver polls its streams in a loop, checking the guard with `typeof` and skipping unplugged ones.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function liveStreams(streams: readonly GpuDevice[]): string[] {
  const live: string[] = [];
  for (const stream of streams) {
    using guard = stream.unbindGuard();
    if (typeof guard === 'undefined') continue;
    live.push(`${stream.name}@${guard.parent.deviceId}`);
  }
  return live;
}

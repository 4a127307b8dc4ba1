// An MMIO write-combining flush enters each device through a barrel helper and a type predicate.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { acquireGuard, isHeld } from './lib/index.js';

export function* flushAll(devs: Iterable<GpuDevice>): Generator<string, void, undefined> {
  for (const dev of devs) {
    using guard = acquireGuard(dev);
    if (!isHeld(guard)) {
      yield `${dev.name}: unplugged`;
      continue;
    }
    yield `${guard.parent.name}: flushed`;
  }
}

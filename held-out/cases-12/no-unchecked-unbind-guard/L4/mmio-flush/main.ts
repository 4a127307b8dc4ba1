// An MMIO write-combining flush "enters" each device through a barrel helper with `void`.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { acquireGuard } from './lib/index.js';

export function* flushAll(devs: Iterable<GpuDevice>): Generator<string, void, undefined> {
  for (const dev of devs) {
    void acquireGuard(dev); // expect: bindsafe/no-unchecked-unbind-guard
    yield `${dev.name}: flushed`;
  }
}

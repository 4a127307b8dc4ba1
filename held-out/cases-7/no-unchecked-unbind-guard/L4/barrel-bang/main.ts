// A caller asserts, with !, the guard an imported helper (through a barrel) passes on.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterSection } from './sections/index.js';

export function hdmiClock(dev: GpuDevice): number {
  using guard = enterSection(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.counters['hdmiClock'] ?? 0);
}

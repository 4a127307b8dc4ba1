// An engine-reset path asserts the result of an imported enterSection() helper. [class 3]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterSection } from './lib/section.js';

export function resetEngine(dev: GpuDevice, engine: number): void {
  using guard = enterSection(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  guard.registrationDataWith((_parent, data) => data.bar.write32(1 << engine, 0x200));
}

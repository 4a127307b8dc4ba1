// An IRQ bottom half asserting the result of a barrel-exported entering helper with !.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { openSection } from './sections/index.js';

export function bottomHalf(gpu: GpuDevice, pending: number): number {
  using section = openSection(gpu)!; // expect: bindsafe/no-unchecked-unbind-guard
  return section.registrationDataWith((_pdev, data) => data.vramSize + pending);
}

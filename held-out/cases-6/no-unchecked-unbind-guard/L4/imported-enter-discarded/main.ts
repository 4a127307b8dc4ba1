// [class 8] A display driver's page-flip path calls an imported helper that returns unbindGuard()'s result, and discards it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { openHeadSection } from './sections.js';

export function pageFlip(head: GpuDevice, frame: number): number {
  openHeadSection(head); // expect: bindsafe/no-unchecked-unbind-guard
  return frame + 1;
}

// The third module: reads one parameter out of the registration data during the call.
import type { GpuRegData } from '../../../../cases/_shared/gpu-drm.js';

export const PARAM_VRAM = 1;
export const PARAM_REVISION = 2;
export const PARAM_FENCE = 3;

export function readParam(regData: GpuRegData, param: number): number | undefined {
  switch (param) {
    case PARAM_VRAM:
      return regData.vramSize;
    case PARAM_REVISION:
      return regData.pdev.revision;
    case PARAM_FENCE:
      return regData.bar.read32(0x40);
    default:
      return undefined;
  }
}

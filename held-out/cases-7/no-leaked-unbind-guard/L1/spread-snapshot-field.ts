// [class 6] A telemetry service keeps a spread copy of the whole registration data (Bar and pdev included) in a #private field.
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

export class Telemetry {
  #snapshot: GpuRegData | undefined;

  constructor(private readonly dev: GpuDevice) {}

  capture(): boolean {
    const taken = this.dev.withUnbindGuard((parent) => {
      using guard = this.dev.unbindGuard();
      if (!guard) return false;
      return guard.registrationDataWith((_p, data) => {
        this.#snapshot = { ...data }; // expect: bindsafe/no-leaked-unbind-guard
        return parent.revision > 0;
      });
    });
    return taken ?? false;
  }

  get hasSnapshot(): boolean {
    return this.#snapshot !== undefined;
  }
}

// An optional call as a statement discards the result.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export class Watchdog {
  dev: GpuDevice | undefined;

  pet(): void {
    this.dev?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  }
}

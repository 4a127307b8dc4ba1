// An error reporter logs the parent's ids on process.nextTick, after the section has ended.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class HangError extends Error {
  constructor(readonly ring: number) {
    super(`ring ${ring} hung`);
  }
}

export function reportHang(dev: drm.Device<GpuDrm>, err: HangError, sink: (line: string) => void): void {
  dev.withUnbindGuard((pdev) => {
    process.nextTick(() => sink(`${err.message} on ${pdev.vendorId}:${pdev.deviceId}`)); // expect: bindsafe/no-leaked-unbind-guard
  });
}

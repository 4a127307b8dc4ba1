// A closure over the parent is handed to another module's deferred scheduler [class 7].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { defer } from './scheduler.js';

export const reports: string[] = [];

export function reportLater(dev: drm.Device<GpuDrm>): void {
  dev.withUnbindGuard((parent) => {
    defer(() => reports.push(`rev ${parent.revision}`), 50); // expect: bindsafe/no-leaked-unbind-guard
  });
}

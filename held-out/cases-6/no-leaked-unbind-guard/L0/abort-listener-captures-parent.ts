// [class 7] A NIC's link-watch: an AbortSignal listener registered inside the section captures the guarded parent.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const linkLog: string[] = [];

export function watchLink(dev: GpuDevice, signal: AbortSignal): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  const parent = guard.parent;
  signal.addEventListener('abort', () => { linkLog.push(`link down on ${parent.vendorId.toString(16)}`); }, { once: true }); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}

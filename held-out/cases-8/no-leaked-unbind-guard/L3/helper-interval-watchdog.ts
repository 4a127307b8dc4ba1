// A watchdog helper polls the device with setInterval; it is started with the guarded parent.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function startWatchdog(pdev: pci.Device<device.Bound>, period: number): ReturnType<typeof setInterval> {
  return setInterval(() => {
    if (!pdev.busMaster) console.warn('bus mastering lost');
  }, period);
}

export function armWatchdog(dev: drm.Device<GpuDrm>, period = 1_000): ReturnType<typeof setInterval> | undefined {
  return dev.withUnbindGuard((parent) => startWatchdog(parent, period)); // expect: bindsafe/no-leaked-unbind-guard
}

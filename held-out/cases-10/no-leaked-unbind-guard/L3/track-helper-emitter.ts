// A track() helper subscribes to the emitter it is given with a listener capturing the registration data.
import type { EventEmitter } from 'node:events';
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import type { GpuRegData } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

function track(bus: EventEmitter, data: GpuRegData): void {
  bus.on('fault', (msg: string) => data.log.push(msg));
}

export function trackFaults(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    track(hotplugEvents, data); // expect: bindsafe/no-leaked-unbind-guard
  });
}

// Helpers that only read the parent and the registration data during the call and return strings and numbers.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

function describe(parent: pci.Device<device.Bound>, prefix = 'gpu'): string {
  return `${prefix} ${parent.name} [${parent.vendorId.toString(16)}:${parent.deviceId.toString(16)}] rev ${parent.revision}`;
}

function busiestRing(data: Readonly<GpuRegData>): string | undefined {
  let best: [string, number] | undefined;
  for (const [key, count] of Object.entries(data.counters)) {
    if (best === undefined || count > best[1]) best = [key, count];
  }
  return best?.[0];
}

export function statusLine(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (!guard) return `${dev.name}: unplugged`;
  const head = describe(guard.parent);
  const ring = guard.registrationDataWith((_parent, data) => busiestRing(data));
  return ring === undefined ? head : `${head}, busiest ${ring}`;
}

// A mode-set path announces completion through a helper that logs on the parent from a timer. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const announceLater = (parent: pci.Device<device.Bound>, message: string, ms = 16): void => {
  setTimeout(() => parent.asRef().info(message), ms);
};

const modeLine = (w: number, h: number, hz: number): string => `${w}x${h}@${hz}`;

export function setMode(dev: GpuDevice, w: number, h: number, hz = 60): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.parent.asRef().info(`mode set ${modeLine(w, h, hz)}`);
  announceLater(guard.parent, `mode ${modeLine(w, h, hz)} live`); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}

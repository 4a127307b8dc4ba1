// A debugfs "spotlight" keeps the registration data's PCI device when VRAM is present, chosen by a conditional. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let spotlight: pci.Device<device.Bound> | undefined;

const when = <T>(cond: boolean, value: T): T | undefined => (cond ? value : undefined);

export function focus(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    spotlight = data.vramSize > 0 ? data.pdev : undefined; // expect: bindsafe/no-leaked-unbind-guard
    return when(data.vramSize > 0, data.vramSize);
  });
}

export const spotlightName = (): string => spotlight?.name ?? '(none)';

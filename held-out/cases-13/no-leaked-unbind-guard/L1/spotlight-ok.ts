// A debugfs "spotlight" keeps a Device<Normal> handle of the registration data's PCI device, chosen by a conditional. [class 2]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let spotlight: pci.Device | undefined;

const when = <T>(cond: boolean, value: T): T | undefined => (cond ? value : undefined);

export function focus(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    spotlight = data.vramSize > 0 ? data.pdev.toNormal() : undefined;
    return when(data.vramSize > 0, data.vramSize);
  });
}

export const spotlightName = (): string => spotlight?.name ?? '(none)';

// A GPU's debugfs snapshot: one SAFETY comment above the call statement covers unsafe calls in property values on later lines. [class 2]
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const snapshot = (pdev: pci.Device, ddev: drm.Device<GpuDrm>, emit: (o: Record<string, string>) => void): void => {
  // SAFETY: called from the driver data's destructor, while the PCI device is bound; `ddev` went
  // through `Registration.new`, so it is `Registered`.
  emit({
    parent: pdev.asRef().unsafeAsBound().name,
    node: ddev.assumeCtx<drm.Registered>().name,
    label: ddev.data.label,
  });
};

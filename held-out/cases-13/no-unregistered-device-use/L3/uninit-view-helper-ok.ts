// A PCI GPU's helper reads the private data through the Uninit view of its unregistered device, called before registration. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function plannedLabel(udev: drm.UnregisteredDevice<GpuDrm>): string {
  // SAFETY: an unregistered device is always in the Uninit context.
  const view = udev.assumeCtx<drm.Uninit>();
  return `${view.name}:${view.data.label}`;
}

export const earlyLabelDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly label: string }> = {
  name: 'heldgpu-l3-uninit-ok',
  idTable: [{ vendor: 0x1af4, device: 0x10b1 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'early', regs, submitted: 0 });
    const label = plannedLabel(udev);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 16 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    return { reg, label };
  },
};

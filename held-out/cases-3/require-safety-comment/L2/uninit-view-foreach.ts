// assumeCtx() for the Uninit setup view is called in a forEach callback without a SAFETY comment.
import { drm, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function prepare(pdev: pci.Device<device.Bound>, regs: devres.Devres<pci.Bar>): drm.UnregisteredDevice<GpuDrm> {
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'prep', regs, submitted: 0 });
  [0, 1].forEach((step) => {
    const view = udev.assumeCtx(); // expect: bindsafe/require-safety-comment
    pdev.asRef().info(`step ${step}: ${view.name}`);
  });
  return udev;
}

// assumeCtx() for the Uninit view of an unregistered device, justified on the line above.
import { drm, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function setupName(pdev: pci.Device<device.Bound>, regs: devres.Devres<pci.Bar>): drm.UnregisteredDevice<GpuDrm> {
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'setup', regs, submitted: 0 });
  // SAFETY: the device was just created and never registered, so it is in the Uninit context.
  const view = udev.assumeCtx<drm.Uninit>();
  pdev.asRef().info(`preparing ${view.name}`);
  return udev;
}

// A registration declared with await using is dropped at the end of its block; its device is used after.
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice } from '../../_shared/gpu-drm.js';

export async function smokeTest(pdev: pci.Device<device.Bound>): Promise<void> {
  const regs = pdev.iomapRegion(0, 'smoke');
  const bar = regs.access(pdev.asRef());
  let dev: GpuDevice;
  {
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'smoke', regs, submitted: 0 });
    await using reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    dev = reg.device();
    dev.openFile();
  }
  dev.openFile(); // expect: bindsafe/no-unregistered-device-use
}

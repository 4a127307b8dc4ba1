// A display pipe that owns its DRM registration and drops it from its own [Symbol.asyncDispose].
import { drm, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class DisplayPipe implements AsyncDisposable {
  private constructor(readonly registration: drm.Registration<GpuDrm>) {}

  static create(pdev: pci.Device<device.Bound>, regs: devres.Devres<pci.Bar>): DisplayPipe {
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'pipe', regs, submitted: 0 });
    return new DisplayPipe(drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0));
  }

  get device(): GpuDevice {
    return this.registration.device();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.registration.drop();
  }
}

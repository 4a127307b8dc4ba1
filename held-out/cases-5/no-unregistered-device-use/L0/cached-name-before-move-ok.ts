// A class driver reads the unregistered device's name and label into locals before the move and logs them afterwards with the registered device's name.
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Kms {
  readonly registration: drm.Registration<GpuDrm>;
}

class KmsDriver implements pci.Driver<Kms> {
  readonly name = 'held5c-kms';
  readonly idTable = [{ vendor: 0x1234, device: 0x1112 }];
  #bound = 0;

  probe(pdev: pci.Device<device.Core>): Kms {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-kms');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: `kms${this.#bound}`, regs, submitted: 0 });
    const { name } = udev;
    const label = udev.data.label;
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    this.#bound++;
    pdev.asRef().info(`${name} (${label}) registered as ${registration.device().name}`);
    return { registration };
  }
}

export const kmsDriver = new KmsDriver();

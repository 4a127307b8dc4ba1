// A PCI virtual GPU sets up its device, registers it through a helper in another module and then writes through the registered device.
import { drm, type pci } from '@bindsafe/kernel';
import { enroll } from './register.js';
import { vgpuDrm, type VgpuDrm } from './types.js';

export const vgpuDriver: pci.Driver<{ readonly reg: drm.Registration<VgpuDrm> }> = {
  name: 'vgpu5',
  idTable: [{ vendor: 0x1af4, device: 0x10f5 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(vgpuDrm, pdev, { contexts: 0 });
    udev.data.contexts = 8;
    const reg = enroll(pdev, udev, 2);
    reg.device().data.contexts = 16;
    return { reg };
  },
};

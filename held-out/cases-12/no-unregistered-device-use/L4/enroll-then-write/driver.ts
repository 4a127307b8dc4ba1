// A PCI virtual GPU registers through a helper in another module and then writes to the device that helper consumed.
import { drm, type pci } from '@bindsafe/kernel';
import { enroll } from './register.js';
import { vgpuDrm, type VgpuDrm } from './types.js';

export const vgpuDriver: pci.Driver<{ readonly reg: drm.Registration<VgpuDrm> }> = {
  name: 'vgpu4',
  idTable: [{ vendor: 0x1af4, device: 0x10f4 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(vgpuDrm, pdev, { contexts: 0 });
    const reg = enroll(pdev, udev, 2);
    udev.data.contexts = 16; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};

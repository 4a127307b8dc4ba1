// A PCI GPU sets up its device, registers it through a same-file enroll() helper and then writes through the registered device.
import { drm, type device, type pci } from '@bindsafe/kernel';

interface VgpuData {
  contexts: number;
}
type VgpuDrm = drm.Driver<VgpuData, { readonly slices: number }, {}, 'pci'>;

const vgpuDrm: VgpuDrm = {
  info: { name: 'vgpu', desc: 'Virtual GPU', major: 0, minor: 7, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

function enroll(pdev: pci.Device<device.Bound>, udev: drm.UnregisteredDevice<VgpuDrm>, slices = 1): drm.Registration<VgpuDrm> {
  return drm.Registration.new(pdev, udev, { slices }, 0);
}

export const vgpuDriver: pci.Driver<{ readonly reg: drm.Registration<VgpuDrm> }> = {
  name: 'vgpu-2',
  idTable: [{ vendor: 0x1af4, device: 0x10f1 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(vgpuDrm, pdev, { contexts: 0 });
    udev.data.contexts = 32;
    const reg = enroll(pdev, udev, 4);
    reg.device().data.contexts = 64;
    return { reg };
  },
};

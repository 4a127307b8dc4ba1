// A PCI GPU registers through a same-file enroll() helper and then writes to the device the helper consumed.
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
  name: 'vgpu',
  idTable: [{ vendor: 0x1af4, device: 0x10f0 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(vgpuDrm, pdev, { contexts: 0 });
    const reg = enroll(pdev, udev, 4);
    udev.data.contexts = 64; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};

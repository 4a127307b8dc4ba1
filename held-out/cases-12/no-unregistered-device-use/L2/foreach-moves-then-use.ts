// A PCI compute card registers its devices from a forEach callback and then tweaks one of them directly. [class 7]
import { drm, type pci } from '@bindsafe/kernel';

interface CuData {
  clusters: number;
}
type CuDrm = drm.Driver<CuData, { readonly partition: number }, {}, 'pci'>;

const cuDrm: CuDrm = {
  info: { name: 'cucard', desc: 'Compute card', major: 4, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

export const computeDriver: pci.Driver<{ readonly parts: drm.Registration<CuDrm>[] }> = {
  name: 'cucard',
  idTable: [{ vendor: 0x1bb1, device: 0x0100 }],
  probe(pdev) {
    const first = drm.UnregisteredDevice.new(cuDrm, pdev, { clusters: 8 });
    const second = drm.UnregisteredDevice.new(cuDrm, pdev, { clusters: 8 });
    const parts: drm.Registration<CuDrm>[] = [];
    [first, second].forEach((udev, partition) => {
      parts.push(drm.Registration.new(pdev, udev, { partition }, 0));
    });
    first.data.clusters = 16; // expect: bindsafe/no-unregistered-device-use
    return { parts };
  },
};

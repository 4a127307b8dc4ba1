// A platform GPU reads its parent's name through a guarded callback before registering, by casting the unregistered device. [class 8]
import { drm, type platform } from '@bindsafe/kernel';

interface MaliData {
  cores: number;
}
type MaliDrm = drm.Driver<MaliData, { readonly l2Slices: number }, {}, 'platform'>;

const maliDrm: MaliDrm = {
  info: { name: 'mali', desc: 'Mali GPU', major: 1, minor: 5, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const maliDriver: platform.Driver<{ readonly reg: drm.Registration<MaliDrm> }> = {
  name: 'mali-plat',
  idTable: [{ compatible: 'arm,mali-valhall' }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(maliDrm, pdev, { cores: 0 });
    const parentName = (udev as unknown as drm.Device<MaliDrm>).withUnbindGuard((parent) => parent.name); // expect: bindsafe/no-unregistered-device-use
    udev.data.cores = parentName === undefined ? 1 : 4;
    const reg = drm.Registration.new(pdev, udev, { l2Slices: 2 }, 0);
    return { reg };
  },
};

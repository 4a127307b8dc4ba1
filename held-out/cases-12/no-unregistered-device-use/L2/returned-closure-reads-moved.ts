// A platform NPU returns a describe() closure in its driver data that reads the unregistered device it already moved. [class 7]
import { drm, type platform } from '@bindsafe/kernel';

type NpuDrm = drm.Driver<{ readonly tops: number }, { readonly sramKiB: number }, {}, 'platform'>;

const npuDrm: NpuDrm = {
  info: { name: 'pnpu', desc: 'Platform NPU', major: 0, minor: 2, patchlevel: 5 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

interface NpuState {
  readonly reg: drm.Registration<NpuDrm>;
  readonly describe: () => string;
}

export const npuDriver: platform.Driver<NpuState> = {
  name: 'pnpu',
  idTable: [{ compatible: 'vendor,npu-v2' }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(npuDrm, pdev, { tops: 26 });
    const reg = drm.Registration.new(pdev, udev, { sramKiB: 2048 }, 0);
    return {
      reg,
      describe: () => `${udev.name}: ${udev.data.tops} TOPS`, // expect: bindsafe/no-unregistered-device-use
    };
  },
};

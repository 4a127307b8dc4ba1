// A platform GPU registers its DRM node only when a display is attached, and afterwards logs the device name on every path. [class 1]
import { drm, type platform } from '@bindsafe/kernel';

interface GpuInfo {
  readonly display: boolean;
}
type PlatGpuDrm = drm.Driver<{ readonly shaders: number }, { readonly outputs: number }, {}, 'platform'>;

const platGpuDrm: PlatGpuDrm = {
  info: { name: 'pgpu', desc: 'Platform GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const platGpuDriver: platform.Driver<{ readonly reg?: drm.Registration<PlatGpuDrm> }, GpuInfo> = {
  name: 'pgpu',
  idTable: [
    { compatible: 'vendor,pgpu-display', info: { display: true } },
    { compatible: 'vendor,pgpu-headless', info: { display: false } },
  ],
  probe(pdev, info) {
    const udev = drm.UnregisteredDevice.new(platGpuDrm, pdev, { shaders: 16 });
    let reg: drm.Registration<PlatGpuDrm> | undefined;
    if (info?.display) {
      reg = drm.Registration.new(pdev, udev, { outputs: 2 }, 0);
    }
    pdev.asRef().info(`pgpu: ${udev.name} probed`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};

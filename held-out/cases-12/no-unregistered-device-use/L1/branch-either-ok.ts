// A platform GPU registers its DRM node when a display is attached and otherwise only logs the unregistered device. [class 1]
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
  name: 'pgpu-2',
  idTable: [{ compatible: 'vendor,pgpu-display', info: { display: true } }],
  probe(pdev, info) {
    const udev = drm.UnregisteredDevice.new(platGpuDrm, pdev, { shaders: 16 });
    if (info?.display) {
      const reg = drm.Registration.new(pdev, udev, { outputs: 2 }, 0);
      pdev.asRef().info(`pgpu: ${reg.device().name} registered`);
      return { reg };
    }
    pdev.asRef().info(`pgpu: ${udev.name} headless, not registered`);
    return {};
  },
};

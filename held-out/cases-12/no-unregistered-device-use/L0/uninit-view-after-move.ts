// A platform display controller takes an Uninit view of its DRM device for a debug print, but only after the move.
import { drm, type platform } from '@bindsafe/kernel';

type DcDrm = drm.Driver<{ readonly planes: number }, { readonly pipes: number }, {}, 'platform'>;

const dcDrm: DcDrm = {
  info: { name: 'dcss', desc: 'Display controller subsystem', major: 1, minor: 0, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const dcDriver: platform.Driver<{ readonly reg: drm.Registration<DcDrm> }> = {
  name: 'dcss',
  idTable: [{ compatible: 'nxp,imx8mq-dcss' }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(dcDrm, pdev, { planes: 3 });
    const reg = drm.Registration.new(pdev, udev, { pipes: 1 }, 0);
    // SAFETY: the device has never been registered with userspace, so `Uninit` is its real context.
    const view = udev.assumeCtx(); // expect: bindsafe/no-unregistered-device-use
    pdev.asRef().info(`dcss: ${view.name} has ${view.data.planes} planes`);
    return { reg };
  },
};

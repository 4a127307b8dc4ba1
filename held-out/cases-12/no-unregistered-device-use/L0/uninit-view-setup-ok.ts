// A platform display controller takes an Uninit view of its DRM device during setup, before the move.
import { drm, type platform } from '@bindsafe/kernel';

type DcDrm = drm.Driver<{ planes: number }, { readonly pipes: number }, {}, 'platform'>;

const dcDrm: DcDrm = {
  info: { name: 'dcss', desc: 'Display controller subsystem', major: 1, minor: 0, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const dcDriver: platform.Driver<{ readonly reg: drm.Registration<DcDrm> }> = {
  name: 'dcss-2',
  idTable: [{ compatible: 'nxp,imx8mq-dcss' }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(dcDrm, pdev, { planes: 0 });
    // SAFETY: the device has never been registered with userspace, so `Uninit` is its real context.
    const view = udev.assumeCtx();
    view.data.planes = pdev.compatible.endsWith('dcss') ? 3 : 1;
    pdev.asRef().info(`dcss: ${view.name} has ${view.data.planes} planes`);
    const reg = drm.Registration.new(pdev, udev, { pipes: 1 }, 0);
    return { reg };
  },
};

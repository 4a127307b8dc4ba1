// A platform display engine's attach() helper makes a fresh unregistered device for every output it registers.
import { drm, type device, type platform } from '@bindsafe/kernel';

enum Output {
  Dsi = 'dsi',
  Hdmi = 'hdmi',
}

type DispDrm = drm.Driver<{ readonly layers: number }, { readonly output: Output }, {}, 'platform'>;

const dispDrm: DispDrm = {
  info: { name: 'dispeng', desc: 'Display engine', major: 2, minor: 2, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

function attach(pdev: platform.Device<device.Bound>, output: Output, layers = 4): drm.Registration<DispDrm> {
  const udev = drm.UnregisteredDevice.new(dispDrm, pdev, { layers });
  return drm.Registration.new(pdev, udev, { output }, 0);
}

export const dispDriver: platform.Driver<{ readonly dsi: drm.Registration<DispDrm>; readonly hdmi: drm.Registration<DispDrm> }> = {
  name: 'dispeng-2',
  idTable: [{ compatible: 'vendor,display-engine' }],
  probe(pdev) {
    const dsi = attach(pdev, Output.Dsi);
    const hdmi = attach(pdev, Output.Hdmi, 2);
    return { dsi, hdmi };
  },
};

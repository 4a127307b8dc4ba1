// A platform display engine calls its same-file attach() helper once per output, handing it the same unregistered device both times.
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

function attach(pdev: platform.Device<device.Bound>, udev: drm.UnregisteredDevice<DispDrm>, output: Output): drm.Registration<DispDrm> {
  return drm.Registration.new(pdev, udev, { output }, 0);
}

export const dispDriver: platform.Driver<{ readonly dsi: drm.Registration<DispDrm>; readonly hdmi: drm.Registration<DispDrm> }> = {
  name: 'dispeng',
  idTable: [{ compatible: 'vendor,display-engine' }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(dispDrm, pdev, { layers: 4 });
    const dsi = attach(pdev, udev, Output.Dsi);
    const hdmi = attach(pdev, udev, Output.Hdmi); // expect: bindsafe/no-unregistered-device-use
    return { dsi, hdmi };
  },
};

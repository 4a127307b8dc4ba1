// A platform display engine attaches two outputs through a barrel-exported helper, giving it the same unregistered device twice.
import { drm, type platform } from '@bindsafe/kernel';
import { attach, type DispDrm } from './display/index.js';

const dispDrm: DispDrm = {
  info: { name: 'dispeng4', desc: 'Display engine', major: 2, minor: 3, patchlevel: 0 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const dispDriver: platform.Driver<{ readonly outputs: readonly drm.Registration<DispDrm>[] }> = {
  name: 'dispeng4',
  idTable: [{ compatible: 'vendor,display-engine-4' }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(dispDrm, pdev, { layers: 4 });
    const dsi = attach(pdev, udev, 'dsi');
    const dp = attach(pdev, udev, 'dp'); // expect: bindsafe/no-unregistered-device-use
    return { outputs: [dsi, dp] };
  },
};

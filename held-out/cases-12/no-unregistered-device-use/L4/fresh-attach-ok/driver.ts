// A platform display engine attaches two outputs through a barrel-exported helper that makes a fresh device for each.
import type { drm, platform } from '@bindsafe/kernel';
import { attach, type DispDrm } from './display/index.js';

const dispDrm: DispDrm = {
  info: { name: 'dispeng5', desc: 'Display engine', major: 2, minor: 3, patchlevel: 1 },
  bus: 'platform',
  openFile: () => ({}),
  ioctls: {},
};

export const dispDriver: platform.Driver<{ readonly outputs: readonly drm.Registration<DispDrm>[] }> = {
  name: 'dispeng5',
  idTable: [{ compatible: 'vendor,display-engine-5' }],
  probe(pdev) {
    const dsi = attach(dispDrm, pdev, 'dsi');
    const dp = attach(dispDrm, pdev, 'dp');
    return { outputs: [dsi, dp] };
  },
};

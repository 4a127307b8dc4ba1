// An auxiliary panel driver names its banner with a helper from another module, called on the device after the move.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { describeStaged } from './util/naming.js';

type PanelDrm = drm.Driver<{ readonly width: number }, { readonly bpp: number }, {}, 'auxiliary'>;

const panelDrm: PanelDrm = {
  info: { name: 'lvdspanel', desc: 'LVDS panel', major: 1, minor: 0, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export const lvdsPanelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<PanelDrm>; readonly banner: string }> = {
  name: 'lvds-panel',
  idTable: [{ modname: 'lvds', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(panelDrm, adev, { width: 1280 });
    const reg = drm.Registration.new(adev, udev, { bpp: 18 }, 0);
    const banner = describeStaged(udev, 'lvds'); // expect: bindsafe/no-unregistered-device-use
    return { reg, banner };
  },
};

// An auxiliary panel driver names its banner with helpers from another module: the staged device before the move, the registered one after.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { describeLive, describeStaged } from './util/naming.js';

type PanelDrm = drm.Driver<{ readonly width: number }, { readonly bpp: number }, {}, 'auxiliary'>;

const panelDrm: PanelDrm = {
  info: { name: 'lvdspanel', desc: 'LVDS panel', major: 1, minor: 0, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({}),
  ioctls: {},
};

export const lvdsPanelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<PanelDrm>; readonly banner: string }> = {
  name: 'lvds-panel-ok',
  idTable: [{ modname: 'lvds', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(panelDrm, adev, { width: 1280 });
    const staged = describeStaged(udev, 'lvds');
    const reg = drm.Registration.new(adev, udev, { bpp: 18 }, 0);
    return { reg, banner: `${staged} / ${describeLive(reg.device())}` };
  },
};

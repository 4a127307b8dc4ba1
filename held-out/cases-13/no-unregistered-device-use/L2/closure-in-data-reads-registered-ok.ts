// An auxiliary driver returns a describe() closure in its driver data that reads the registered DRM device handle. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface PanelData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly describe: () => string;
}

export const panelDriver: auxiliary.Driver<PanelData> = {
  name: 'auxpanel-l2-closure-ok',
  idTable: [{ modname: 'auxcore', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'panel' }, 0);
    const dev = reg.device();
    return {
      reg,
      describe: () => `${dev.name} frames=${dev.data.frames}`,
    };
  },
};

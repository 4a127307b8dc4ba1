// An auxiliary display driver registers its DRM device but keeps only the `drm.Device` handle.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDevice } from '../../../cases/_shared/aux-drm.js';

interface PanelData {
  readonly display: AuxDevice;
}

export const panelDriver: auxiliary.Driver<PanelData> = {
  name: 'held8-panel',
  idTable: [{ modname: 'held8_gpu', name: 'panel' }],
  probe(adev: auxiliary.Device<device.Core>): PanelData {
    const data: AuxData = { adev: adev.toNormal(), frames: 0 };
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, data);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'panel' }, 0); // expect: bindsafe/no-leaked-registration
    return { display: reg.device() };
  },
};

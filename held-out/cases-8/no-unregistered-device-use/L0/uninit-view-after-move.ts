// After the move, a probe asks the UnregisteredDevice for its Uninit view to read the driver name.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface PanelData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly driverName: string;
}

export const panelDriver: auxiliary.Driver<PanelData> = {
  name: 'b8f-panel',
  idTable: [{ modname: 'b8f_gpu', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'panel' }, 0);
    // SAFETY: an unregistered device is Uninit; no registered-only operation is used on the view.
    const view = udev.assumeCtx(); // expect: bindsafe/no-unregistered-device-use
    return { reg, driverName: view.name };
  },
};

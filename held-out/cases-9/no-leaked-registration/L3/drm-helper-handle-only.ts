// A same-file `registerDisplay` helper returns the DRM registration; probe keeps only its device handle.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function registerDisplay(adev: auxiliary.Device<device.Core>, label: string): drm.Registration<AuxDrm> {
  const data: AuxData = { adev: adev.toNormal(), frames: 0 };
  const udev = drm.UnregisteredDevice.new(auxDrm, adev, data);
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}

interface MonitorData {
  readonly node: AuxDevice;
  readonly label: string;
}

export const monitorDriver: auxiliary.Driver<MonitorData> = {
  name: 'held9-monitor',
  idTable: [{ modname: 'held9_gpu', name: 'monitor' }],
  probe(adev: auxiliary.Device<device.Core>): MonitorData {
    const node = registerDisplay(adev, 'monitor').device(); // expect: bindsafe/no-leaked-registration
    return { node, label: 'monitor' };
  },
};

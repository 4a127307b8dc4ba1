// An auxiliary GPU wraps the DRM registration in a local arrow called once and keeps only the device handle it returns.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDevice } from '../../../cases/_shared/aux-drm.js';

interface RenderData {
  readonly node: AuxDevice;
}

export const renderDriver: auxiliary.Driver<RenderData> = {
  name: 'held9-render',
  idTable: [{ modname: 'held9_gpu', name: 'render' }],
  probe(adev: auxiliary.Device<device.Core>): RenderData {
    const data: AuxData = { adev: adev.toNormal(), frames: 0 };
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, data);
    const register = () => drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'render' }, 0); // expect: bindsafe/no-leaked-registration
    const node = register().device();
    return { node };
  },
};

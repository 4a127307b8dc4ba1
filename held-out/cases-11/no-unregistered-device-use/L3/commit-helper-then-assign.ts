// A same-file commit() helper moves the device into its registration; the caller then merges late defaults into udev.data with Object.assign.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const lateDefaults: Partial<Pick<AuxData, 'frames'>> = { frames: 50 };

function commit(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
  const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
  adev.asRef().info(`${label}: registered ${reg.device().name}`);
  return reg;
}

interface MergeData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const mergeDriver: auxiliary.Driver<MergeData> = {
  name: 'held11-merge',
  idTable: [{ modname: 'held11_gpu', name: 'merge' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = commit(adev, udev, 'merge');
    Object.assign(udev.data, lateDefaults); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};

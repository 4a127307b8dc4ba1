// An auxiliary GPU drops its DRM registration only in the `catch` of a later step; on success nothing keeps it. [class 1]
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData } from '../../../cases/_shared/aux-drm.js';

class ModesetError extends Error {
  override readonly name = 'ModesetError';
}

interface ScanoutData {
  readonly heads: number;
}

function countHeads(label: string): number {
  if (label.length === 0) throw new ModesetError('no heads');
  return 2;
}

export const scanoutDriver: auxiliary.Driver<ScanoutData> = {
  name: 'held9-scanout',
  idTable: [{ modname: 'held9_gpu', name: 'scanout' }],
  probe(adev: auxiliary.Device<device.Core>): ScanoutData {
    const data: AuxData = { adev: adev.toNormal(), frames: 0 };
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, data);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'scanout' }, 0); // expect: bindsafe/no-leaked-registration
    let heads: number;
    try {
      heads = countHeads(reg.device().name);
    } catch (err) {
      void reg.drop();
      throw err;
    }
    return { heads };
  },
};

// An auxiliary GPU calls an imported bring-up helper and keeps only the DRM device handle of what it returns.
import type { auxiliary, device } from '@bindsafe/kernel';
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { bringUp } from './register.js';

interface ComputeData {
  readonly node: AuxDevice;
}

export const computeDriver: auxiliary.Driver<ComputeData> = {
  name: 'held9-compute',
  idTable: [{ modname: 'held9_gpu', name: 'compute' }],
  probe(adev: auxiliary.Device<device.Core>): ComputeData {
    const registration = bringUp(adev, 'compute'); // expect: bindsafe/no-leaked-registration
    return { node: registration.device() };
  },
};

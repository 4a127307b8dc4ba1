// An auxiliary GPU driver registers its DRM device through an imported helper and keeps the registration with the device handle. [class 2]
import type { auxiliary, drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { registerAuxGpu } from './gpu/register.js';

interface AuxGpu {
  readonly card: AuxDevice;
  readonly reg: drm.Registration<AuxDrm>;
}

export const auxGpuDriver: auxiliary.Driver<AuxGpu> = {
  name: 'auxgpu',
  idTable: [{ modname: 'gpu_core', name: 'auxgpu' }],
  probe(adev) {
    const reg = registerAuxGpu(adev, `auxgpu.${adev.id}`);
    return { card: reg.device(), reg };
  },
};

// An auxiliary GPU driver registers its DRM device through an imported helper and keeps only the device handles it yields. [class 2]
import type { auxiliary } from '@bindsafe/kernel';
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { registerAuxGpu } from './gpu/register.js';

interface AuxGpu {
  readonly card: AuxDevice;
  readonly cardName: string;
}

export const auxGpuDriver: auxiliary.Driver<AuxGpu> = {
  name: 'auxgpu',
  idTable: [{ modname: 'gpu_core', name: 'auxgpu' }],
  probe(adev) {
    const reg = registerAuxGpu(adev, `auxgpu.${adev.id}`); // expect: bindsafe/no-leaked-registration
    const card = reg.device();
    return { card, cardName: card.name };
  },
};

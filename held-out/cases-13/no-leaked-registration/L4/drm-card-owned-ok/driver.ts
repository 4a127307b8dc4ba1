// The auxiliary GPU function keeps both the registration and its device handle from an imported helper. [class 4]
import type { auxiliary, drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { registerCard, type AuxDevice } from './drm/index.js';

interface CardData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly card: AuxDevice;
}

export const cardDriver: auxiliary.Driver<CardData> = {
  name: 'auxgpu-card',
  idTable: [{ modname: 'auxgpu', name: 'card' }],
  probe(adev) {
    const reg = registerCard(adev, 'card');
    return { reg, card: reg.device() };
  },
};

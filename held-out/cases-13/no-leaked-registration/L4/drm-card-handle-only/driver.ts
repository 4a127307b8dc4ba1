// The auxiliary GPU function keeps only the DRM device handle of the card an imported helper registered. [class 2, 4]
import type { auxiliary } from '@bindsafe/kernel';
import { registerCard, type AuxDevice } from './drm/index.js';

interface CardData {
  readonly card: AuxDevice;
}

export const cardDriver: auxiliary.Driver<CardData> = {
  name: 'auxgpu-card',
  idTable: [{ modname: 'auxgpu', name: 'card' }],
  probe(adev) {
    const card = registerCard(adev, 'card').device(); // expect: bindsafe/no-leaked-registration
    return { card };
  },
};

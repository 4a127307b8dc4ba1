// An auxiliary GPU hands an imported bring-up helper's DRM registration to an imported data class (parameter property, getters/setter).
import type { auxiliary, device } from '@bindsafe/kernel';
import { Card } from './card.js';
import { bringUp } from './register.js';

export const cardDriver: auxiliary.Driver<Card> = {
  name: 'held9-card',
  idTable: [{ modname: 'held9_gpu', name: 'card' }],
  probe(adev: auxiliary.Device<device.Core>): Card {
    const card = new Card(bringUp(adev, 'card'));
    card.frames = 0;
    return card;
  },
};

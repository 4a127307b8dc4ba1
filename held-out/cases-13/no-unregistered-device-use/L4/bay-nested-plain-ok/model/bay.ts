// A bay groups a slot with its connector; describing a bay describes its slot's lanes.
import { slotLanes, type Slot } from './slot.js';

export interface Bay {
  readonly connector: 'dp' | 'hdmi';
  readonly slot: Slot;
}

export function describeBay(bay: Bay): string {
  return `${bay.connector}:${slotLanes(bay.slot)}`;
}

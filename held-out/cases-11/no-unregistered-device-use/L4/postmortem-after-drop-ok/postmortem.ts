// Post-mortem bookkeeping for retired DRM devices: reads name and data and files toNormal() handles.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';

const graveyard = new Map<string, drm.Device<AuxDrm>[]>();

export function bury(dev: AuxDevice): number {
  const list = graveyard.get(dev.name) ?? [];
  list.push(dev.toNormal());
  graveyard.set(dev.name, list);
  return list.length;
}

export const summary = (dev: AuxDevice): string => `${dev.name}: ${dev.data.frames} frames`;

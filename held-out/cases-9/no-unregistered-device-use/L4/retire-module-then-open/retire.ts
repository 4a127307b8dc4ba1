// Helper module: retires a registration (unplugs its device).
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export async function retire(reg: drm.Registration<AuxDrm>): Promise<void> {
  if (!reg.dropped) await reg.drop();
}

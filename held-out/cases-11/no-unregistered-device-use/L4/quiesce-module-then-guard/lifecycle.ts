// Lifecycle helpers shared by the hotplug paths.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export class QuiesceError extends Error {
  constructor(readonly label: string, options?: ErrorOptions) {
    super(`quiesce of ${label} failed`, options);
  }
}

export async function quiesce(reg: drm.Registration<AuxDrm>, label: string): Promise<void> {
  try {
    await reg.drop();
  } catch (cause) {
    throw new QuiesceError(label, { cause });
  }
}

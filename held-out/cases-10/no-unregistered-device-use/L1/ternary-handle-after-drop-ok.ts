// After an optional drop, a ternary picks which registration's device name to report.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function retire(main: drm.Registration<AuxDrm>, spare: drm.Registration<AuxDrm> | null): Promise<string> {
  await main.drop();
  const { name } = (spare ?? main).device();
  return spare ? `${name} (spare)` : name;
}

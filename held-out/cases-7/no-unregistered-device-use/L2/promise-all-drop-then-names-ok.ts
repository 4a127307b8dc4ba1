// A teardown helper drops every registration with Promise.all, then maps the devices to their names (allowed after a drop). [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function dropAll(regs: readonly drm.Registration<AuxDrm>[]): Promise<string[]> {
  const devices = regs.map((r) => r.device());
  await Promise.all(regs.map((r) => r.drop()));
  return devices.map((d) => d.toNormal().name);
}

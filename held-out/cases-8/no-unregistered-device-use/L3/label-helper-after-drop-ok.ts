// After the drop, an audit line is built by a helper that only reads the device's name and data.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

function auditLine(dev: drm.Device<AuxDrm>, ...tags: string[]): string {
  return [dev.name, String(dev.data.frames), ...tags].join(' ');
}

export async function dropWithAudit(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  await reg.drop();
  return auditLine(dev, 'dropped', 'clean');
}

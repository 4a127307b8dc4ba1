// A removal path drops the registration, then writes an audit record through an imported helper.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { auditOf, type AuditRecord } from './index.js';

export const audits: AuditRecord[] = [];

export async function removeWithAudit(reg: drm.Registration<AuxDrm>): Promise<void> {
  const dev = reg.device();
  try {
    await reg.drop();
  } finally {
    audits.push(auditOf(dev));
  }
}

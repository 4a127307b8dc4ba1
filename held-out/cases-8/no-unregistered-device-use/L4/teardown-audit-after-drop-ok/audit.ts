// Audit records for dropped DRM devices: only name and data are read.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export interface AuditRecord {
  readonly device: string;
  readonly frames: number;
  readonly at: number;
}

export function auditOf(dev: drm.Device<AuxDrm>, at = Date.now()): AuditRecord {
  return { device: dev.name, frames: dev.data.frames, at };
}

// Barrel with a type-only re-export.
export { auditOf } from './audit.js';
export type { AuditRecord } from './audit.js';

// Barrel of the audit helpers.
export { recordParent } from './record.js';
export { auditCount } from './store.js';

// Barrel of safe-import-no-comment.
export { dumpStatus } from './diag.js';

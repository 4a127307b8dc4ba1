// Barrel of the storage controller's queue helpers.
export { clearBacklog, type Backlog } from './backlog.js';

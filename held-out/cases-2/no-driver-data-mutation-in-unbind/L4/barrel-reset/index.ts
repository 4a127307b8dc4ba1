// Barrel of the statistics helpers.
export { resetStats } from './stats.js';
export type { Stats } from './counters.js';

// Barrel of barrel-reset-counters.
export { resetCounters as clearLinkCounters } from './counters.js';
export type { LinkCounters } from './counters.js';

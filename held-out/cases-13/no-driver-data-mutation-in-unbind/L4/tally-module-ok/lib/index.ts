export { tally } from './tally.js';
export type { Tally } from './tally.js';

// Resets every counter of a stats block.
import { zero, type Stats } from './counters.js';

export function resetStats(stats: Stats): void {
  zero(stats, 'tx');
  zero(stats, 'rx');
}

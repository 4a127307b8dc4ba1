export type Stats = Record<string, number>;

/** Zeroes every counter of a stats record in place. */
export default function resetStats(stats: Stats): number {
  let total = 0;
  for (const [key, value] of Object.entries(stats)) {
    total += value;
    stats[key] = 0;
  }
  return total;
}

// Statistics helpers shared by the driver's modules.
export interface Stats {
  unbinds: number;
  errors: number;
}

export function bump(stats: Stats, errors: number): Stats {
  stats.unbinds += 1;
  stats.errors += errors;
  return stats;
}

// Helper module of barrel-reset-counters: resets a counter record in place.
export interface LinkCounters {
  crcErrors: number;
  retrains: number;
}

export function resetCounters(counters: LinkCounters): void {
  counters.crcErrors = 0;
  counters.retrains = 0;
}

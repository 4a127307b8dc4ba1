/** Per-port error counters and a helper that zeroes them in place. */
export interface ErrorCounters {
  crc: number;
  timeouts: number;
  [kind: string]: number;
}

export function clearCounters(counters: ErrorCounters): void {
  for (const kind of Object.keys(counters)) counters[kind] = 0;
}

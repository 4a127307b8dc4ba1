// Counter utilities for the media encoder.
export interface Counters {
  frames: number;
  drops: number;
}

export function resetCounters(c: Counters): void {
  c.frames = 0;
  c.drops = 0;
}

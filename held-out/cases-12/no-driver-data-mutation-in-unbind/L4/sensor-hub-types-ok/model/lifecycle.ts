// Lifecycle bookkeeping for the sensor hub: the offline log is a class that guards its own list.
export class OfflineLog {
  readonly #entries: string[] = [];
  #frozen = false;

  static empty(): OfflineLog {
    return new OfflineLog();
  }

  record(sensor: string, reason: string): void {
    if (!this.#frozen) this.#entries.unshift(`${sensor} (${reason})`);
  }

  freeze(): number {
    this.#frozen = true;
    return this.#entries.length;
  }
}

export function retireAll(log: OfflineLog, sensors: readonly string[], reason: string): number {
  for (const sensor of sensors) log.record(sensor, reason);
  return log.freeze();
}

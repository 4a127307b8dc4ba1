// Helper module: a module-level history of retired driver data records.
export interface Retired<T> {
  readonly at: number;
  readonly data: T;
}

export const history: Retired<unknown>[] = [];

export function retire<T>(data: T): void {
  history.push({ at: Date.now(), data });
}

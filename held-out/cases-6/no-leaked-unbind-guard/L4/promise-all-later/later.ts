// A deferral helper: resolves with its value on a later tick.
export function later<T>(value: T, ms = 1): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

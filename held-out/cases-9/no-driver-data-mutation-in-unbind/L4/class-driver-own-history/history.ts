// Helper module of class-driver-own-history: appends a record to a bounded history array.
export function record(history: string[], entry: string, limit = 8): void {
  history.push(entry);
  if (history.length > limit) history.shift();
}

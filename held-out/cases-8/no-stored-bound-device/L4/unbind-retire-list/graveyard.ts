// Helper module: a module-level list of retired driver data kept for post-mortem dumps.
export const graveyard: unknown[] = [];

export function retire<T>(data: T): void {
  graveyard.push(data);
}

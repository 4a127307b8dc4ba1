// A module-level singleton of the names seen so far (plain strings).
export const seenNames = new Set<string>();

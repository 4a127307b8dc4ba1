// Cache helpers of a display controller: they build new maps, never touch the one they are given.
export function withoutStale(cache: ReadonlyMap<string, number>, maxAge: number, now = Date.now()): Map<string, number> {
  const out = new Map(cache);
  for (const [key, at] of out) if (now - at > maxAge) out.delete(key);
  return out;
}

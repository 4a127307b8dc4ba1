// Helper module: copies a number record, keeping only non-zero entries.
export function nonZero(counters: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(counters)) if (v !== 0) out[k] = v;
  return out;
}

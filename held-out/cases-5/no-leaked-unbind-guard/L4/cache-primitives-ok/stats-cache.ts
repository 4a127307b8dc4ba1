// The helper module: a module-level cache of per-device counter samples (plain numbers only).
const samples = new Map<string, number[]>();

export function recordSamples(key: string, values: readonly number[]): void {
  const kept = samples.get(key) ?? [];
  kept.push(...values);
  samples.set(key, kept.slice(-256));
}

export function latestSample(key: string): number | undefined {
  return samples.get(key)?.at(-1);
}

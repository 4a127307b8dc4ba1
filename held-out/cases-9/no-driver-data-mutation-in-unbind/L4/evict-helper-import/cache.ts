// Helper module of evict-helper-import: evicts keys from a cache Map, with an overloaded signature.
export function evict(cache: Map<string, Uint8Array>, key: string): boolean;
export function evict(cache: Map<string, Uint8Array>, keys: readonly string[]): boolean;
export function evict(cache: Map<string, Uint8Array>, what: string | readonly string[]): boolean {
  const keys = typeof what === 'string' ? [what] : what;
  let any = false;
  for (const key of keys) any = cache.delete(key) || any;
  return any;
}

import { rewindOne, type Ring } from './rewind.js';

/** Rewinds every ring of a device record. */
export function resetAll(dev: { readonly rings: readonly Ring[] }): number {
  dev.rings.forEach(rewindOne);
  return dev.rings.length;
}

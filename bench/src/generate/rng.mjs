// @ts-check
/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same project,
 * byte for byte, on every machine.
 */

/** @typedef {ReturnType<typeof createRng>} Rng */

/** @param {number} seed */
export function createRng(seed) {
  let state = seed >>> 0 || 0x9e3779b9;
  /** A float in [0, 1). */
  function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return {
    next,
    /** An integer in [lo, hi], both included. @param {number} lo @param {number} hi */
    int(lo, hi) {
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    /** @param {number} p */
    chance(p) {
      return next() < p;
    },
    /** @template T @param {readonly T[]} items @returns {T} */
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return /** @type {T} */ (items[Math.floor(next() * items.length)]);
    },
    /** Picks by weight. @template {string} K @param {Readonly<Record<K, number>>} weights @returns {K} */
    weighted(weights) {
      const entries = /** @type {[K, number][]} */ (Object.entries(weights));
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [k, w] of entries) {
        if ((x -= w) < 0) return k;
      }
      return /** @type {[K, number]} */ (entries[entries.length - 1])[0];
    },
  };
}

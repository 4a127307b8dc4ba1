// A PCI multi-function card resolves functions with an overloaded safe helper and a generic @unsafe one, justified inside a labelled loop. [class 2, class 3]
import type { device } from '@bindsafe/kernel';

type Fn = { readonly dev: device.Device; readonly fn: number };

function pick(fns: readonly Fn[], fn: number): Fn | undefined;
function pick(fns: readonly Fn[], fn: 'first'): Fn | undefined;
function pick(fns: readonly Fn[], fn: number | 'first'): Fn | undefined {
  return fn === 'first' ? fns[0] : fns.find((f) => f.fn === fn);
}

/** @unsafe The caller must guarantee that `item.dev` is bound during the call. */
function boundTag<T extends { readonly dev: device.Device }>(item: T, tag: (t: T) => string): string {
  // SAFETY: the caller of this @unsafe function guarantees the binding.
  return `${item.dev.unsafeAsBound().name}#${tag(item)}`;
}

export const tagsUntil = (fns: readonly Fn[], stop: ReadonlySet<number>): string[] => {
  const out: string[] = [];
  scan: for (const wanted of [0, 1, 2, 3, 4, 5, 6, 7]) {
    const hit = pick(fns, wanted) ?? (wanted === 0 ? pick(fns, 'first') : undefined);
    if (!hit) continue;
    if (stop.has(hit.fn)) break scan;
    // SAFETY: called from the card's destructor, while every function is still bound.
    out.push(boundTag(hit, (f) => `fn${f.fn}`));
  }
  return out;
};

// A same-file @unsafe helper called with a SAFETY comment, in a do/while retry loop.
import type { device } from '@bindsafe/kernel';

/** @unsafe `dev` must be bound during the call. */
function pokeBound(dev: device.Device, attempt: number): boolean {
  // SAFETY: the caller of this @unsafe helper guarantees the binding.
  dev.unsafeAsBound().info(`poke #${attempt}`);
  return attempt >= 2;
}

export function pokeUntilReady(dev: device.Device, max = 3): number {
  let attempt = 0;
  let ready = false;
  do {
    attempt += 1;
    // SAFETY: called from our own probe, where `dev` is bound to this driver.
    ready = pokeBound(dev, attempt);
  } while (!ready && attempt < max);
  return attempt;
}

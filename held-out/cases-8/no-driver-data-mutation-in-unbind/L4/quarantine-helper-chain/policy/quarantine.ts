import { mark } from './sets.js';

export interface Quarantinable {
  readonly blocked: Set<string>;
}

/** Quarantines a peer: delegates to `mark` in another module. */
export function quarantine(target: Quarantinable, peer: string): void {
  if (peer.length > 0) mark(target.blocked, peer);
}

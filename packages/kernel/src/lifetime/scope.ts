import { ContextExpired, GuardReleased, NotBound, type ModelViolation } from '../errors/violations.js';

/**
 * What a scope is, from shortest to longest (model.md "Scopes"): an SRCU critical section (or a
 * guarded callback inside one, or an RCU read section of a `RevocableGuard`), a bus callback, a
 * binding.
 *
 * Invariants: each kind maps to one violation (`GuardReleased`, `ContextExpired`, `NotBound`).
 */
export type ScopeKind = 'section' | 'callback' | 'binding';

/**
 * A lifetime token: the runtime stand-in for a Rust lifetime. Values handed out for a scope check
 * it on every use and throw the violation of the scope's kind once it has ended.
 *
 * Invariants: a scope ends at most once and never comes back; a scope with a parent is alive only
 * while its parent is alive too.
 */
export class Scope {
  readonly kind: ScopeKind;
  /**
   * What the scope is, for messages: "the critical section of drm device 'nova'", "the probe of
   * rust_driver_pci on pci 0000:00:01.0", "the binding of rust_driver_pci to pci 0000:00:01.0".
   */
  readonly label: string;
  /** Where the scope began, when known. */
  readonly site: string | undefined;
  readonly #parent: Scope | undefined;
  #ended = false;

  constructor(kind: ScopeKind, label: string, site?: string, parent?: Scope) {
    this.kind = kind;
    this.label = label;
    this.site = site;
    this.#parent = parent;
  }

  get alive(): boolean {
    return !this.#ended && (this.#parent === undefined || this.#parent.alive);
  }

  /** Ends the scope; a second call does nothing. */
  end(): void {
    this.#ended = true;
  }

  /** The scope that ended, walking up from this one, or `undefined` while alive. */
  deadLink(): Scope | undefined {
    if (this.#ended) return this;
    return this.#parent?.deadLink();
  }

  /** Throws the violation for using `what` when this scope (or a parent) has ended. */
  check(what: string): void {
    const dead = this.deadLink();
    if (dead !== undefined) throw expired(dead, what);
  }
}

/** The violation for using `what` after `scope` ended. */
export function expired(scope: Scope, what: string): ModelViolation {
  switch (scope.kind) {
    case 'section':
      return new GuardReleased(`${what} used after ${scope.label} ended`, scope.site);
    case 'callback':
      return new ContextExpired(`${what} needs Device<Core>, but ${scope.label} has returned`, scope.site);
    case 'binding':
      return new NotBound(`${what} needs a bound device, but ${scope.label} has ended`, scope.site);
  }
}

/**
 * The declarative description of a scoped API. The engine knows nothing about the kernel model
 * except what a `ModelSpec` says: which types carry which scope, which calls open and close a
 * critical section, which calls move or drop a value, which containers own what.
 *
 * Names are export paths from the package root: `'drm.UnbindGuard'` is the class `UnbindGuard`
 * exported by the namespace `drm`. A member is `'drm.Device#unbindGuard'` (instance) or
 * `'drm.Registration.new'` (static). They are resolved to declarations once per program, so a
 * rename of a user's variable never changes anything, and a re-export or alias resolves the same.
 */

/**
 * Scopes, shortest first. `section` is a critical section, `callback` a bus callback, `binding`
 * the time a driver is bound; `device` values live as long as the device object (handles).
 */
export type Scope = 'section' | 'callback' | 'binding' | 'device';

export const scopeOrder: Readonly<Record<Scope, number>> = { section: 0, callback: 1, binding: 2, device: 3 };

/** The shorter of two scopes. */
export function shorterScope(a: Scope, b: Scope): Scope {
  return scopeOrder[a] <= scopeOrder[b] ? a : b;
}

/** A context marker type and the scope a device in that context has. */
export interface ContextSpec {
  readonly type: string;
  readonly scope: Scope;
}

/** A type whose values carry a scope, either fixed or taken from a context type argument. */
export interface ScopedTypeSpec {
  readonly type: string;
  /** Fixed scope of every value of this type. */
  readonly scope?: Scope;
  /** Index of the type argument that is a context marker (see `contexts`). */
  readonly contextParameter?: number;
  /** Scope when the context argument is not one of the known markers. */
  readonly defaultScope?: Scope;
}

/** A bus-style driver interface whose methods the model calls back. */
export interface DriverSpec {
  readonly type: string;
  /** The method that binds: its first parameter is callback-scoped, its result is the driver data. */
  readonly probe: string;
  /** The method that unbinds: `dataParameter` is the driver data it only borrows. */
  readonly unbind: string;
  readonly dataParameter: number;
}

/** A driver whose handler table the model calls inside a critical section. */
export interface HandlerTableSpec {
  readonly type: string;
  /** The property holding the handlers, e.g. `ioctls`. */
  readonly table: string;
  /** Parameters of each handler that live only inside the section. */
  readonly sectionParameters: readonly number[];
  /** Recognise a handler outside a table by its parameter types: `[index, type]` pairs. */
  readonly signature: readonly (readonly [number, string])[];
}

/** Calls that run a callback inside a critical section: its parameters are section-scoped. */
export interface GuardedCallbackSpec {
  readonly member: string;
  readonly callbackArgument: number;
  readonly sectionParameters: readonly number[];
}

/** Calls that run a callback with binding-scoped parameters (e.g. `tryAccessWith`). */
export interface BoundCallbackSpec {
  readonly member: string;
  readonly callbackArgument: number;
  readonly boundParameters: readonly number[];
}

export interface GuardSpec {
  /** The guard type. */
  readonly type: string;
  /** Members that open a section and return `Guard | undefined`. */
  readonly open: readonly string[];
  /** Members that close the section (dispose counts too). */
  readonly close: readonly string[];
  /** Properties of the guard that live only inside its section. */
  readonly sectionProperties: readonly string[];
}

export interface OwnershipSpec {
  /** A call or constructor; `'new drm.Registration'`-style names are written as the static member or the class. */
  readonly member: string;
  /** Arguments the callee takes ownership of (they live as long as the result, or are released with the binding). */
  readonly ownedArguments: readonly number[];
  /** Whether the call result is the owner of those arguments (else the binding owns them, e.g. `devres.register`). */
  readonly resultOwns: boolean;
}

export interface MoveSpec {
  readonly member: string;
  readonly movedArgument: number;
}

export interface RegistrationSpec {
  /** The registration class. */
  readonly type: string;
  /** Its constructor function (static). */
  readonly create: string;
  /** Members that drop it (besides `Symbol.dispose`/`Symbol.asyncDispose`). */
  readonly drop: readonly string[];
  /** The member that returns its registered device, if any. */
  readonly device?: string;
  /** A property that is true once it has been dropped (a drop already done), if any. */
  readonly droppedFlag?: string;
  /** A short name for messages. */
  readonly label: string;
}

export interface ModelSpec {
  /** The package users import. */
  readonly package: string;
  readonly contexts: readonly ContextSpec[];
  readonly scopedTypes: readonly ScopedTypeSpec[];
  readonly drivers: readonly DriverSpec[];
  readonly handlerTables: readonly HandlerTableSpec[];
  readonly guard: GuardSpec;
  readonly guardedCallbacks: readonly GuardedCallbackSpec[];
  readonly boundCallbacks: readonly BoundCallbackSpec[];
  /** Calls whose result is binding-scoped whatever its type (`devres.Devres#access`). */
  readonly boundResults: readonly string[];
  /**
   * Calls whose result is obtained with a proof: it lives no longer than the shortest-lived of
   * these operands (`'receiver'` or an argument index), nor than its own type says. Rust ties
   * `Devres::access(&self, dev: &Device<Bound>) -> &T` to `dev`: obtained with a section-scoped
   * parent, the value is section-scoped.
   */
  readonly derivedResults: Readonly<Record<string, readonly ('receiver' | number)[]>>;
  readonly ownership: readonly OwnershipSpec[];
  readonly moves: readonly MoveSpec[];
  readonly registrations: readonly RegistrationSpec[];
  /** The type that is moved (the unregistered device), for messages and use-after-move. */
  readonly movableType: string;
  /** Operations that need a registered device. */
  readonly registeredOnly: readonly string[];
  /** Context type arguments that mean "not registered" on the registered-device type. */
  readonly unregisteredContexts: readonly string[];
  /** Types whose values live as long as the device and may be stored anywhere (handles, `Devres`). */
  readonly handleTypes: readonly string[];
  /**
   * What methods of the scoped types return, so a call on a value of known type needs no checker:
   * `receiver` (the same object in another type, e.g. `asRef`), or a scope for a new value, with
   * the result's type.
   */
  readonly scopedResults: Readonly<Record<string, { readonly result: 'receiver' | 'device' | 'binding'; readonly type: string }>>;
  /** Members whose result is a user object the model keeps for the device's lifetime (a file's data). */
  readonly externalResults: readonly string[];
  /** Members returning a plain handle of the receiver (`toNormal`). */
  readonly handles: readonly string[];
  /** Members that re-type the receiver without checking (their result has the receiver's provenance). */
  readonly retypes: readonly string[];
  /** Callbacks that the model keeps for the binding (IRQ handlers): `[member, argument]`. */
  readonly bindingOwnedCallbacks: readonly (readonly [string, number])[];
  /** JSDoc tag marking an API whose caller must justify its contract. */
  readonly unsafeTag: string;
}

/** Every member (call or property) the spec names, as written in it (`'drm.Device#unbindGuard'`). */
export function specMembers(spec: ModelSpec): string[] {
  return [
    ...spec.guard.open,
    ...spec.guard.close,
    ...spec.guard.sectionProperties,
    ...spec.guardedCallbacks.map((g) => g.member),
    ...spec.boundCallbacks.map((b) => b.member),
    ...spec.boundResults,
    ...Object.keys(spec.derivedResults),
    ...spec.ownership.map((o) => o.member),
    ...spec.moves.map((m) => m.member),
    ...spec.registrations.flatMap((r) => [r.create, ...r.drop, ...(r.device ? [r.device] : []), ...(r.droppedFlag ? [r.droppedFlag] : [])]),
    ...spec.registeredOnly,
    ...spec.handles,
    ...spec.externalResults,
    ...spec.retypes,
    ...spec.bindingOwnedCallbacks.map(([m]) => m),
  ];
}

/** The last part of a member name: `'drm.Device#unbindGuard'` → `'unbindGuard'`. */
export function memberShortName(member: string): string {
  return member.split(/[#.]/).pop() ?? member;
}

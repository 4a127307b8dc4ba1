// The markers are type-only: these symbols exist only for the type checker, and their names are
// what tsc prints when a context is missing ("Property '[insideBusCallback]' is missing …").
declare const deviceHandle: unique symbol;
declare const boundToDriver: unique symbol;
declare const insideBusCallback: unique symbol;
declare const busInternal: unique symbol;

/**
 * The context of a device reference that proves nothing: a refcounted handle (Rust `ARef`), safe
 * to store anywhere. The default context.
 *
 * Invariants: none about binding. Every other context extends it.
 */
export interface Normal {
  readonly [deviceHandle]: 'Normal: a device handle, proves nothing about binding';
}

/**
 * The context of a device reference that proves the device is bound to its driver for as long as
 * the reference is used: the binding scope (from probe to the end of unbind).
 *
 * Invariants: a `Device<Bound>` is only handed out while the device is bound (probe, unbind, a
 * guard's critical section) and must not be used after its binding ended.
 */
export interface Bound extends Normal {
  readonly [boundToDriver]: 'Bound: the device is bound to its driver';
}

/**
 * The context of the device argument of a bus callback (`probe`, `unbind`): everything `Bound`
 * proves, plus that the caller is inside that callback, which allows the Core-only operations
 * (`enableDeviceMem`, `setMaster`).
 *
 * Invariants: valid only until the callback returns.
 */
export interface Core extends Bound {
  readonly [insideBusCallback]: 'Core: inside a bus callback (probe/unbind)';
}

/**
 * Like `Core`, for the bus abstractions themselves (Rust `CoreInternal`: `set_drvdata`,
 * `drvdata_borrow`). No driver-facing API takes it.
 *
 * Invariants: as `Core`; only the bus adapters hold one.
 */
export interface CoreInternal extends Core {
  readonly [busInternal]: 'CoreInternal: inside a bus adapter';
}

/**
 * The context a parent of a `Ctx` device is known to have: bound if the child is.
 *
 * Invariants: never stronger than `Bound` (a parent is never inside the child's callback).
 */
export type ParentContext<Ctx extends Normal> = Ctx extends Bound ? Bound : Normal;

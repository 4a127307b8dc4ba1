import { KernelError } from '../errors/kernel-error.js';
import { DisposeTimedOut } from '../errors/violations.js';
import type { KernelContext } from '../sim/kernel-context.js';

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Who waits for a piece of driver code, for the `DisposeTimedOut` report: `waiter` names the
 * teardown step ("the unbind of nova on pci 0000:00:01.0"), `site` (computed only when reported)
 * and `siteRole` where it was asked for or where the owner was created.
 *
 * Invariants: `waiter` is a noun phrase that reads after "the …"; `siteRole` reads before "at".
 */
export interface DriverWait {
  readonly waiter: string;
  readonly site: () => string | undefined;
  readonly siteRole: string;
}

/**
 * The value as a promise when it is a thenable (what a driver returns from an `async` callback),
 * else `undefined`. Driver code may hand back anything, so reading `then` is guarded: a `then`
 * that throws when read is `EINVAL` naming `what` ("probe of nova") instead of the raw error.
 * The promise settles with the thenable; nothing it does escapes as an unhandled rejection unless
 * the caller drops the promise without handling it.
 */
export function thenableOf(value: unknown, what: string): Promise<unknown> | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  let then: unknown;
  try {
    then = (value as { then?: unknown }).then;
  } catch (error) {
    throw new KernelError('EINVAL', `${what} returned an object whose 'then' cannot be read (${describe(error)})`);
  }
  if (typeof then !== 'function') return undefined;
  return new Promise((resolve, reject) => {
    try {
      // SAFETY: `then` was read from `value` just now; calling it is what `await value` does.
      (then as (onFulfilled: (result: unknown) => void, onRejected: (error: unknown) => void) => unknown).call(value, resolve, reject);
    } catch (error) {
      reject(error);
    }
  });
}

/**
 * Runs driver code (`run`) and, when it returns a promise, waits for it for at most the kernel's
 * grace period (counted as `Scheduler.waitForSettled` counts it). Re-throws what `run` threw or
 * the promise rejected with; throws `DisposeTimedOut` naming `what` and `wait` when it never
 * settles (the promise is then abandoned, and whatever it does later is ignored).
 */
export async function awaitDriverWork(ctx: KernelContext, run: () => unknown, what: string, wait: DriverWait): Promise<void> {
  await ctx.scheduler.waitForSettled(
    () => thenableOf(run(), what),
    ctx.graceTurns,
    (turns) => new DisposeTimedOut(what, wait.waiter, turns, wait.site(), wait.siteRole),
  );
}

/**
 * The class name of a value a driver handed to the model, for messages (`Devres<Bar>`), or
 * `fallback` when it has none; reading it never throws (a `Proxy` may refuse to be read).
 */
export function typeName(value: unknown, fallback = 'Object'): string {
  if (value === null || value === undefined) return fallback;
  try {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? name : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Runs the destructor of `value` if it has one (`[Symbol.asyncDispose]`, else `[Symbol.dispose]`),
 * waiting for it within the grace period (see `awaitDriverWork`). `owner` says whose value it is
 * for messages ("its driver data"). A destructor that cannot be read is `EINVAL`; what the
 * destructor throws or rejects with is re-thrown as it is (it is the driver's own error).
 */
export async function disposeDriverValue(ctx: KernelContext, value: unknown, owner: string, wait: DriverWait): Promise<void> {
  if (typeof value !== 'object' || value === null) return;
  let asyncDispose: unknown;
  let dispose: unknown;
  try {
    asyncDispose = (value as Partial<AsyncDisposable>)[Symbol.asyncDispose];
    dispose = typeof asyncDispose === 'function' ? undefined : (value as Partial<Disposable>)[Symbol.dispose];
  } catch (error) {
    throw new KernelError('EINVAL', `the destructor of ${owner} (${typeName(value)}) cannot be read (${describe(error)})`);
  }
  const [method, destructor] = typeof asyncDispose === 'function' ? ['[Symbol.asyncDispose]()', asyncDispose] : ['[Symbol.dispose]()', dispose];
  if (typeof destructor !== 'function') return;
  // SAFETY: `destructor` is the value's own dispose method, called on it as `using` would.
  await awaitDriverWork(ctx, () => (destructor as () => unknown).call(value), `${typeName(value)}${method} of ${owner}`, wait);
}

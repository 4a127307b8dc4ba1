import type { Binding } from '../device/binding.js';
import type { DeviceNode } from '../device/device-node.js';
import { coreView } from '../device/view.js';
import { captureSiteLazily } from '../errors/call-site.js';
import { KernelError } from '../errors/kernel-error.js';
import { RegistrationLeaked, ModelViolation } from '../errors/violations.js';
import { Scope } from '../lifetime/scope.js';
import { thenableOf, type DriverWait } from '../sync/driver-work.js';
import { callUnbind } from './bus-driver.js';
import { dropDriverData } from './drop-glue.js';

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

// Violations already logged: one that reaches a parent's teardown too (through a child's removal
// or a destructor that awaited it) is logged once, where it happened.
const reported = new WeakSet<ModelViolation>();

/** Logs every violation among `errors` as a `violation` event of `node`, each at most once. */
export function reportViolations(node: DeviceNode, errors: readonly unknown[]): void {
  for (const error of errors) {
    if (!(error instanceof ModelViolation) || reported.has(error)) continue;
    reported.add(error);
    node.kernel.emit({ kind: 'violation', subject: node.label, message: `${error.name}: ${error.message}`, error });
  }
}

async function runTeardown(binding: Binding, site: () => string | undefined): Promise<void> {
  const { node, driver } = binding;
  const errors: unknown[] = [];
  binding.state = 'unbinding';
  node.kernel.emit({ kind: 'unbind', subject: node.label, message: driver.name });

  // 1. `unbind(&Core, Pin<&Data>)`: the driver only borrows its data. It is synchronous, like
  // probe: a promise returned by an `async` unbind is `EINVAL` and is not waited for (what it
  // does later, a rejection included, is not the driver core's business any more).
  const unbind = `unbind of ${driver.name} on ${node.label}`;
  const callback = new Scope('callback', `the ${unbind}`);
  try {
    const promise = thenableOf(callUnbind(driver, node.busView(coreView(node, binding, callback)), binding.data), unbind);
    if (promise !== undefined) {
      promise.catch(() => undefined);
      errors.push(new KernelError('EINVAL', `${unbind} returned a promise: unbind must be synchronous`));
    }
  } catch (error) {
    errors.push(error);
  } finally {
    callback.end();
  }

  // 2. The driver data is dropped (destructor, then the registrations and IRQs it owns); a
  // destructor that never settles is reported and abandoned after the grace period.
  const wait: DriverWait = { waiter: `the ${unbind}`, site, siteRole: 'unbind requested' };
  errors.push(...(await dropDriverData(node.kernel, binding.data, `the driver data of ${driver.name} on ${node.label}`, wait)));
  binding.data = undefined;
  node.kernel.emit({ kind: 'data-dropped', subject: node.label, message: `${driver.name} driver data dropped` });

  // 3. devres_release_all: Devres revoked, registered values disposed, newest first. A
  // registration a `Devres` or a `devres.register`ed value owns is dropped here (Rust's
  // `Registration::new_foreign_owned`): it dies with the binding, like one the data owned.
  errors.push(...(await binding.resources.releaseAll()));

  // A registration nothing owned is still alive now that everything that could own it has been
  // dropped: report it, then drop it ourselves, before the parent's binding ends.
  for (const registration of binding.registrations) {
    if (registration.dropped) continue;
    errors.push(new RegistrationLeaked(registration.label, node.label, registration.site));
    try {
      await registration.drop();
    } catch (error) {
      errors.push(error);
    }
  }

  // The binding scope ends here: every Device<Bound> of it is dead from now on.
  binding.scope.end();

  // 4. The device is unbound.
  binding.state = 'ended';
  node.binding = undefined;
  node.kernel.emit({ kind: 'unbound', subject: node.label, message: driver.name });

  reportViolations(node, errors);
  if (errors.length > 0) throw asError(errors[0]);
}

/**
 * Unbinds `node` in the kernel's order: `unbind` → driver data dropped → devres revoked and
 * released → registrations still alive reported (`RegistrationLeaked`) → device unbound. Concurrent calls share one teardown. Every step runs even if an
 * earlier one failed, and none waits forever for driver code (an `async` unbind is not waited
 * for, a destructor at most for the grace period); the first error (a violation such as
 * `RegistrationLeaked`, `GuardLeaked` or `DisposeTimedOut`, an `EINVAL` for an `async` unbind, or
 * what a driver threw) is re-thrown at the end, and every violation is logged. The site of the
 * caller (outside the kernel) is what a `DisposeTimedOut` names.
 */
export function unbindNode(node: DeviceNode): Promise<void> {
  const binding = node.binding;
  if (binding === undefined) return Promise.resolve();
  if (binding.teardown !== undefined) return binding.teardown;
  // A probe still running (re-entrant call from inside it) is not torn down from under it.
  if (binding.state === 'probing') return Promise.resolve();
  binding.teardown = runTeardown(binding, captureSiteLazily());
  return binding.teardown;
}

import type { Binding } from '../device/binding.js';
import type { DeviceNode } from '../device/device-node.js';
import { coreView } from '../device/view.js';
import { RegistrationLeaked, ModelViolation } from '../errors/violations.js';
import { Scope } from '../lifetime/scope.js';
import { callUnbind } from './bus-driver.js';
import { dropDriverData } from './drop-glue.js';

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

async function runTeardown(binding: Binding): Promise<void> {
  const { node, driver } = binding;
  const errors: unknown[] = [];
  binding.state = 'unbinding';
  node.kernel.emit({ kind: 'unbind', subject: node.label, message: driver.name });

  // 1. `unbind(&Core, Pin<&Data>)`: the driver only borrows its data.
  const callback = new Scope('callback', `the unbind of ${driver.name} on ${node.label}`);
  try {
    callUnbind(driver, node.busView(coreView(node, binding, callback)), binding.data);
  } catch (error) {
    errors.push(error);
  } finally {
    callback.end();
  }

  // 2. The driver data is dropped (destructor, then the registrations and IRQs it owns).
  errors.push(...(await dropDriverData(binding.data)));
  binding.data = undefined;
  node.kernel.emit({ kind: 'data-dropped', subject: node.label, message: `${driver.name} driver data dropped` });

  // A registration nothing owned is still alive: report it, then drop it ourselves.
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

  // 3. devres_release_all: Devres revoked, registered values disposed, newest first.
  errors.push(...(await binding.resources.releaseAll()));

  // 4. The device is unbound.
  binding.state = 'ended';
  node.binding = undefined;
  node.kernel.emit({ kind: 'unbound', subject: node.label, message: driver.name });

  for (const error of errors) {
    if (error instanceof ModelViolation) {
      node.kernel.emit({ kind: 'violation', subject: node.label, message: `${error.name}: ${error.message}`, error });
    }
  }
  if (errors.length > 0) throw asError(errors[0]);
}

/**
 * Unbinds `node` in the kernel's order: `unbind` → driver data dropped → devres revoked and
 * released → device unbound. Concurrent calls share one teardown. Every step runs even if an
 * earlier one failed; the first error (a violation such as `RegistrationLeaked` or `GuardLeaked`,
 * or what a driver threw) is re-thrown at the end, and every violation is logged.
 */
export function unbindNode(node: DeviceNode): Promise<void> {
  const binding = node.binding;
  if (binding === undefined) return Promise.resolve();
  if (binding.teardown !== undefined) return binding.teardown;
  // A probe still running (re-entrant call from inside it) is not torn down from under it.
  if (binding.state === 'probing') return Promise.resolve();
  binding.teardown = runTeardown(binding);
  return binding.teardown;
}

import { Binding } from '../device/binding.js';
import type { DeviceNode } from '../device/device-node.js';
import { coreView } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import { Scope } from '../lifetime/scope.js';
import { thenableOf } from '../sync/driver-work.js';
import { callProbe, type BusDriverLike } from './bus-driver.js';
import { reportViolations } from './teardown.js';

function describe(error: unknown): string {
  if (error instanceof KernelError) return `${error.name} ${error.code}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Undoes a failed probe: registrations it created are dropped (this is not a leak: the model
 * cleans up after an early `throw`), the binding ends, and its devres list is released.
 */
async function cleanUpFailedProbe(binding: Binding): Promise<void> {
  const errors: unknown[] = [];
  for (const registration of binding.registrations) {
    if (!registration.dropped) await registration.drop().catch((error: unknown) => errors.push(error));
  }
  binding.state = 'ended';
  binding.scope.end();
  errors.push(...(await binding.resources.releaseAll()));
  binding.node.binding = undefined;
  // A section leaked during probe (say) is still worth reporting, though the probe error wins.
  reportViolations(binding.node, errors);
}

/**
 * Probes `node` with `driver` (the bus `probe_callback`): a new binding, a Core view valid for the
 * callback, then the driver data is kept in the binding. A probe that throws (or returns a
 * promise, or an object whose `then` cannot be read: probe is synchronous, `EINVAL`) fails
 * cleanly: everything it created is released before the error is re-thrown.
 */
export async function probeNode(node: DeviceNode, driver: BusDriverLike, info: unknown): Promise<void> {
  if (node.removed) throw new KernelError('ENODEV', `probe: ${node.label} has been removed`);
  if (node.binding !== undefined) {
    throw new KernelError('EBUSY', `probe: ${node.label} is already bound to ${node.binding.driver.name}`);
  }
  const binding = new Binding(node, driver);
  node.binding = binding;
  const callback = new Scope('callback', `the probe of ${driver.name} on ${node.label}`);
  node.kernel.emit({ kind: 'probe', subject: node.label, message: driver.name });
  let data: unknown;
  try {
    data = callProbe(driver, node.busView(coreView(node, binding, callback)), info);
    // A `then` that cannot even be read is `EINVAL` too (thrown by `thenableOf`).
    const promise = thenableOf(data, `probe of ${driver.name}`);
    if (promise !== undefined) {
      // Whatever the promise does later is not the driver core's business any more.
      promise.catch(() => undefined);
      throw new KernelError('EINVAL', `probe of ${driver.name} returned a promise: probe must be synchronous`);
    }
  } catch (error) {
    callback.end();
    binding.teardown = cleanUpFailedProbe(binding);
    await binding.teardown;
    node.kernel.emit({ kind: 'probe-failed', subject: node.label, message: `${driver.name}: ${describe(error)}`, error: error instanceof Error ? error : new Error(String(error)) });
    throw error;
  }
  callback.end();
  binding.data = data;
  binding.state = 'bound';
  node.kernel.emit({ kind: 'bound', subject: node.label, message: driver.name });
}

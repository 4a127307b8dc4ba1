import type { Bound } from '../device/context.js';
import type { Device } from '../device/device.js';
import { checkBound, viewOf } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import { awaitDriverWork, typeName } from '../sync/driver-work.js';

/**
 * Hands `value` to the devres list of the binding `dev` proves (Rust `devres::register`): it is
 * disposed at unbind, after the driver data was dropped, in reverse order of registration with
 * the other device resources. Throws `NotBound` if `dev` does not prove a live binding, `EINVAL`
 * for a value without `[Symbol.dispose]()`.
 */
export function register(dev: Device<Bound>, value: Disposable): void {
  const view = viewOf(dev);
  const binding = checkBound(view, 'devres.register()');
  if (typeof (value as Partial<Disposable> | null)?.[Symbol.dispose] !== 'function') {
    throw new KernelError('EINVAL', 'devres.register(): the value is not Disposable (it has no [Symbol.dispose]())');
  }
  const kind = typeName(value, 'value');
  const label = `registered ${kind} of ${view.node.label}`;
  const wait = { waiter: `the devres release of ${view.node.label}`, site: () => undefined, siteRole: 'registered' };
  // A `[Symbol.dispose]` that returns a promise anyway is waited for, within the grace period.
  binding.resources.add(label, () => awaitDriverWork(view.node.kernel, () => value[Symbol.dispose](), `${kind}[Symbol.dispose]() of a registered value`, wait));
}

import type { Bound } from '../device/context.js';
import type { Device } from '../device/device.js';
import { checkBound, viewOf } from '../device/view.js';

/**
 * Hands `value` to the devres list of the binding `dev` proves (Rust `devres::register`): it is
 * disposed at unbind, after the driver data was dropped, in reverse order of registration with
 * the other device resources. Throws `NotBound` if `dev` does not prove a live binding.
 */
export function register(dev: Device<Bound>, value: Disposable): void {
  const view = viewOf(dev);
  const binding = checkBound(view, 'devres.register()');
  const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'value';
  binding.resources.add(`registered ${kind} of ${view.node.label}`, () => value[Symbol.dispose]());
}

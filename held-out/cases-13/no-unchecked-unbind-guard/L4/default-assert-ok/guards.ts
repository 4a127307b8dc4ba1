// Narrowing helpers shared by the driver's modules.
import { errors, type drm } from '@bindsafe/kernel';

export function assertHeld<D extends drm.AnyDriver>(g: drm.UnbindGuard<D> | undefined, what: string): asserts g is drm.UnbindGuard<D> {
  if (g === undefined) throw new errors.KernelError('ENODEV', `${what}: device unplugged`);
}

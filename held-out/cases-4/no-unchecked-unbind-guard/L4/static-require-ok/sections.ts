// The helper module: a static factory that throws ENODEV for an unplugged device instead of returning undefined.
import { errors, type drm } from '@bindsafe/kernel';

export class Sections {
  static require<D extends drm.AnyDriver>(dev: drm.Device<D>, what = 'section'): drm.UnbindGuard<D> {
    const guard = dev.unbindGuard();
    if (!guard) throw new errors.KernelError('ENODEV', `${what}: ${dev.name} is unplugged`);
    return guard;
  }
}

// An attribute store catches the other module's Unplugged error; the guard it gets is definite.
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { requireGuard, Unplugged } from './require.js';

export function readAttr(dev: AuxDevice, attr: 'id' | 'modname'): string {
  try {
    using guard = requireGuard(dev);
    return attr === 'id' ? String(guard.parent.id) : guard.parent.modname;
  } catch (err) {
    if (err instanceof Unplugged) return '';
    throw err;
  }
}

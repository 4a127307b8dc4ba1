// A sysfs-style attribute reader checks `=== undefined`, throws its own Error subclass, and releases in finally.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export class DeviceGoneError extends Error {
  constructor(readonly devName: string) {
    super(`${devName}: device is gone`);
    this.name = 'DeviceGoneError';
  }
}

export function readModname(dev: AuxDevice): string {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new DeviceGoneError(dev.name);
  try {
    return guard.parent.modname;
  } finally {
    guard.release();
  }
}

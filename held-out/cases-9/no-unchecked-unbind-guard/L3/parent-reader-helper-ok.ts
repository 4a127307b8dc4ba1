// A checked guard's parent is handed to a same-file formatter that only reads it during the call.
import type { auxiliary, device } from '@bindsafe/kernel';
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

function format(parent: auxiliary.Device<device.Bound>, width: number): string {
  return `${parent.modname}.${parent.id}`.padEnd(width, ' ');
}

export function table(devs: readonly AuxDevice[], width = 24): string {
  const rows: string[] = [];
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    rows.push(guard ? format(guard.parent, width) : '(unplugged)'.padEnd(width, ' '));
  }
  return rows.join('\n');
}

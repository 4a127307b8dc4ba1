// A suspend hook drops the guard an imported helper (reached through a barrel) passes on.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { beginAccess } from './access/index.js';

export function prepareSuspend(dev: GpuDevice, reason = 'runtime'): string {
  beginAccess(dev); // expect: bindsafe/no-unchecked-unbind-guard
  return `${dev.name}: suspend (${reason})`;
}

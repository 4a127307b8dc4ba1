// Opens a file on each registered device and returns the open stamps.
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';

export function openStamps(...devs: AuxDevice[]): number[] {
  return devs.map((dev) => dev.openFile().inner().opened);
}

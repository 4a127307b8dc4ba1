// Self-test helpers: open a file on a DRM device and report its open time.
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';

export function openProbe(dev: AuxDevice): number {
  const file = dev.openFile();
  return file.inner().opened;
}

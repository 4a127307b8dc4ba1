// A probe-time helper that opens a file on the device it is given, assuming it is registered.
import { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function probeOpen(dev: drm.Device<AuxDrm, drm.Uninit>): number {
  // SAFETY: callers pass devices that went through drm.Registration.new.
  const file = dev.assumeCtx<drm.Registered>().openFile();
  return file.inner().opened;
}

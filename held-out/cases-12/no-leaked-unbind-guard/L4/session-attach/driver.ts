// A client-session open path attaches the registration data's BAR to the caller's session object. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { attachWindow, type ClientSession } from './lib/index.js';

export function openSession(dev: GpuDevice, session: ClientSession): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => attachWindow(session, data.bar)); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}

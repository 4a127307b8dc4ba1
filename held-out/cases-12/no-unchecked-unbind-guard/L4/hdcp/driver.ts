// An HDCP link check keeps a nested module's guard in an alias and asserts the alias. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { openSession } from './core/session/open.js';

export function hdcpCapable(dev: GpuDevice, minRev = 2): boolean {
  using session = openSession(dev);
  const held = session;
  return held!.parent.revision >= minRev; // expect: bindsafe/no-unchecked-unbind-guard
}

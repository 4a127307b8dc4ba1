// A teardown path with an optional device discards the guard of an optional call.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Outputs {
  primary?: GpuDevice;
  names: string[];
}

export function flushOutputs(outputs: Outputs): number {
  outputs.primary?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  const count = outputs.names.length;
  outputs.names.length = 0;
  return count;
}

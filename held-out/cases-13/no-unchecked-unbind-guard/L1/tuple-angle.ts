// A mode-setting path keeps a (label, guard) tuple and asserts the guard element with a cast. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function modeset(dev: GpuDevice, mode: `${number}x${number}`): string {
  using entered = dev.unbindGuard();
  const [label, section] = [`${dev.name}@${mode}`, entered] as const;
  const guard = <drm.UnbindGuard<GpuDrm>>section; // expect: bindsafe/no-unchecked-unbind-guard
  return `${label} on ${guard.parent.name}`;
}

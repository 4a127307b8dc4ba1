// A GPU's debugfs name view reinterprets the DRM device, justified by a block SAFETY comment, inside a switch.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type DebugView = drm.Device<GpuDrm, drm.Uninit>;

export function debugName(dev: drm.Device<GpuDrm>, kind: 'card' | 'render', minor: number): string {
  switch (kind) {
    case 'card': {
      /* SAFETY: every Registered device is also Uninit (Registered is accepted where Uninit is). */
      const view: DebugView = dev.assumeCtx<drm.Uninit>();
      return `${view.name}/card${minor}`;
    }
    case 'render':
      return `${dev.name}/renderD${128 + minor}`;
  }
}

// Link training between two GPUs: nested `using` blocks copy both link widths out into outer `let`s before either guard is disposed. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const LINK_WIDTH = 0x2c;

export interface LinkPair {
  readonly local: number;
  readonly peer: number;
  readonly peerSlot: string;
}

export function negotiateLink(local: drm.Device<GpuDrm>, peer: drm.Device<GpuDrm>): LinkPair | undefined {
  let localWidth = 0;
  let peerWidth = 0;
  let peerSlot = '';
  {
    using near = local.unbindGuard();
    if (!near) return undefined;
    localWidth = near.registrationDataWith((_parent, data) => data.bar.read32(LINK_WIDTH) & 0x1f);
    {
      using far = peer.unbindGuard();
      if (!far) return undefined;
      peerWidth = far.registrationDataWith((_parent, data) => data.bar.read32(LINK_WIDTH) & 0x1f);
      peerSlot = `${far.parent.name}`;
      const agreed = Math.min(localWidth, peerWidth);
      near.registrationDataWith((_parent, data) => data.bar.write32(agreed, LINK_WIDTH));
      far.registrationDataWith((_parent, data) => data.bar.write32(agreed, LINK_WIDTH));
    }
  }
  return { local: localWidth, peer: peerWidth, peerSlot };
}

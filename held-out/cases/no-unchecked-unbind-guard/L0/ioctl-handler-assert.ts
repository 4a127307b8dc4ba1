// An ioctl handler takes a second guard on another device and asserts it.
import { drm } from '@bindsafe/kernel';
import type { GpuData, GpuDevice, GpuRegData, Submit } from '../../_shared/gpu-drm.js';

export const peers = new Map<number, GpuDevice>();

type MirrorDrm = drm.Driver<GpuData, GpuRegData, {}, 'pci', { readonly mirror: Submit }>;

export const mirrorDrm: MirrorDrm = {
  info: { name: 'mirror', desc: 'mirroring GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {
    mirror(_dev, regData, arg) {
      const peer = peers.get(arg.ring);
      if (!peer) return 1;
      using other = peer.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      arg.seqno = other.parent.revision + regData.vramSize;
      return 0;
    },
  },
};

// An ioctl handler keeps the registration data's log array in the DRM file, which outlives the binding.
import { drm } from '@bindsafe/kernel';
import type { GpuData, GpuRegData, Submit } from '../../_shared/gpu-drm.js';

interface TraceFile {
  lines?: string[];
}
type TraceDrm = drm.Driver<GpuData, GpuRegData, TraceFile, 'pci', { readonly trace: Submit }>;

export const traceDrm: TraceDrm = {
  info: { name: 'trace', desc: 'tracing GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {
    trace(_dev, regData, arg, file) {
      file.inner().lines = regData.log; // expect: bindsafe/no-leaked-unbind-guard
      arg.seqno = regData.log.length;
      return 0;
    },
  },
};

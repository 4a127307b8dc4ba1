// Synchronous ioctl handlers that read registration data and write plain values out.
import { drm } from '@bindsafe/kernel';
import type { GpuData, GpuRegData } from '../../_shared/gpu-drm.js';

interface Query {
  kind: 'vram' | 'log' | 'rev';
  value: number;
  text?: string;
}
interface QueryFile {
  lastQuery: string;
  queries: number;
}
type QueryDrm = drm.Driver<GpuData, GpuRegData, QueryFile, 'pci', { readonly query: Query }>;

export const queryDrm: QueryDrm = {
  info: { name: 'query', desc: 'query GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ lastQuery: '', queries: 0 }),
  ioctls: {
    query(_dev, regData, arg, file) {
      switch (arg.kind) {
        case 'vram':
          arg.value = regData.vramSize;
          break;
        case 'log':
          arg.value = regData.log.length;
          arg.text = regData.log.at(-1);
          break;
        case 'rev':
          arg.value = regData.pdev.revision;
          break;
      }
      const state = file.inner();
      state.lastQuery = `${arg.kind}=${arg.value}`;
      state.queries++;
      return 0;
    },
  },
};

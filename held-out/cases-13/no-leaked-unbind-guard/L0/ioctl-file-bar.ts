// A scanout driver's mmap ioctl caches the registration data's BAR in the DRM file's private data. [class 4]
import type { drm, pci } from '@bindsafe/kernel';

interface ScanRegData {
  readonly fb: pci.Bar;
  readonly stride: number;
}
interface ScanFile {
  mapped?: pci.Bar;
  offset: number;
}
interface MapArg {
  offset: number;
}
type ScanDrm = drm.Driver<{ readonly name: string }, ScanRegData, ScanFile, 'pci', { readonly map: MapArg }>;

const aligned = (stride: number) => (offset: number): number => offset - (offset % stride);

export const scanDrm: ScanDrm = {
  info: { name: 'scanout', desc: 'Scanout engine', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ offset: 0 }),
  ioctls: {
    map: (_dev, regData, arg, file) => {
      const state = file.inner();
      state.offset = aligned(regData.stride)(arg.offset);
      state.mapped = regData.fb; // expect: bindsafe/no-leaked-unbind-guard
      return 0;
    },
  },
};

// A display driver's "query" ioctl keeps the registration data of the last caller for a debug dump.
import type { device, drm, pci } from '@bindsafe/kernel';

interface DispRegData {
  readonly pdev: pci.Device<device.Bound>;
  readonly modes: string[];
}
interface Query {
  index: number;
  width: number;
}
interface DispIoctls {
  readonly query: Query;
}
type DispDrm = drm.Driver<{ readonly tag: string }, DispRegData, { readonly pid: number }, 'pci', DispIoctls>;

let lastQueried: DispRegData | null = null;

export const dispDrm: DispDrm = {
  info: { name: 'heldisp', desc: 'Held-out display', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ pid: 1 }),
  ioctls: {
    query(_dev, regData, arg) {
      lastQueried = regData; // expect: bindsafe/no-leaked-unbind-guard
      const mode = regData.modes[arg.index] ?? '0x0';
      arg.width = Number.parseInt(mode, 10);
      return 0;
    },
  },
};

export function dumpModes(): readonly string[] {
  return lastQueried?.modes ?? [];
}

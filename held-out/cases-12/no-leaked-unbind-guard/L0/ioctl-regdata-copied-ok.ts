// The display driver's "query" ioctl keeps a copy of the mode list (strings), not the registration data. [class 2]
import type { device, drm, pci } from '@bindsafe/kernel';

interface DispRegData {
  readonly pdev: pci.Device<device.Bound>;
  readonly modes: Record<string, number>;
}
interface Query {
  index: number;
  width: number;
}
interface DispIoctls {
  readonly query: Query;
}
type DispDrm = drm.Driver<{ readonly tag: string }, DispRegData, { readonly pid: number }, 'pci', DispIoctls>;

let lastModes: Record<string, number> = {};

export const dispDrm: DispDrm = {
  info: { name: 'heldisp', desc: 'Held-out display', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ pid: 1 }),
  ioctls: {
    query(_dev, regData, arg) {
      lastModes = { ...regData.modes };
      arg.width = regData.modes[`mode${arg.index}`] ?? 0;
      return 0;
    },
  },
};

export function dumpModes(): Record<string, number> {
  return lastModes;
}

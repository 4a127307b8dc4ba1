// A PCI GPU's DRM driver, shared by the cases the way a driver's own drm.ts is shared by its
// modules. Every ioctl handler here only reads its registration data during the call.
import type { device, devres, drm, pci } from '@bindsafe/kernel';

/** The DRM device's private data (a handle-only struct: storable anywhere). */
export interface GpuData {
  readonly label: string;
  readonly regs: devres.Devres<pci.Bar>;
  submitted: number;
}

/** The registration data: reached only inside a critical section. */
export interface GpuRegData {
  readonly vramSize: number;
  readonly log: string[];
  readonly counters: Record<string, number>;
  readonly pdev: pci.Device<device.Bound>;
  readonly bar: pci.Bar;
}

export interface GpuFile {
  readonly id: number;
  notes: string[];
}

export interface GetParam {
  param: number;
  value: number;
}

export interface Submit {
  ring: number;
  seqno: number;
}

export interface GpuIoctls {
  readonly getParam: GetParam;
  readonly submit: Submit;
}

export type GpuDrm = drm.Driver<GpuData, GpuRegData, GpuFile, 'pci', GpuIoctls>;
export type GpuDevice = drm.Device<GpuDrm>;

let nextFileId = 1;

export const gpuDrm: GpuDrm = {
  info: { name: 'heldgpu', desc: 'Held-out GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: nextFileId++, notes: [] }),
  ioctls: {
    getParam: (_dev, regData, arg) => {
      arg.value = regData.vramSize;
      return 0;
    },
    submit: (_dev, regData, arg) => {
      arg.seqno = (regData.counters[`ring${arg.ring}`] ?? 0) + 1;
      return 0;
    },
  },
};

// An overloaded register-read helper takes one offset or a list; results are numbers.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function readRegs(bar: pci.Bar, offset: number): number;
function readRegs(bar: pci.Bar, offsets: readonly number[]): number[];
function readRegs(bar: pci.Bar, what: number | readonly number[]): number | number[] {
  return typeof what === 'number' ? bar.read32(what) : what.map((o) => bar.read32(o));
}

export const lastDump: number[] = [];

export function dumpScratch(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return -19;
  return guard.registrationDataWith((_p, { bar }) => {
    lastDump.splice(0, lastDump.length, ...readRegs(bar, [0x20, 0x24, 0x28]));
    return readRegs(bar, 0x1c);
  });
}

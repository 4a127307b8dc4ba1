// Helper module: a registry of DRM device handles and their Devres register containers.
import type { devres, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

interface Entry {
  readonly dev: drm.Device<GpuDrm>;
  readonly regs: devres.Devres<pci.Bar>;
}

const entries = new Map<string, Entry>();

export function register(name: string, dev: drm.Device<GpuDrm>, regs: devres.Devres<pci.Bar>): void {
  entries.set(name, { dev, regs });
}

export function lookup(name: string): Entry | undefined {
  return entries.get(name);
}

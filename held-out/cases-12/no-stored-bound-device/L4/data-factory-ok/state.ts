import type { device, devres, pci } from '@bindsafe/kernel';

export interface NvmeState {
  readonly dev: pci.Device<device.Bound>;
  readonly regs: devres.Devres<pci.Bar>;
  readonly doorbell: pci.Bar;
}

/** Builds the driver data; the caller returns it from probe. */
export function buildState(dev: pci.Device<device.Bound>, bar = 0): NvmeState {
  const regs = dev.iomapRegion(bar, 'nvme');
  return { dev, regs, doorbell: regs.access(dev.asRef()) };
}

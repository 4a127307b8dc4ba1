import type { device, pci } from '@bindsafe/kernel';

let slot: pci.Device<device.Bound> | undefined;

export const remember = (parent: pci.Device<device.Bound>): void => {
  slot = parent;
};

export const rememberedName = (): string | undefined => slot?.name;

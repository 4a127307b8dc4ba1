import type { pci } from '@bindsafe/kernel';

let slot: pci.Device | undefined;

export const remember = (parent: pci.Device): void => {
  slot = parent;
};

export const rememberedName = (): string | undefined => slot?.name;

import type { pci } from '@bindsafe/kernel';

const later = (parent: pci.Device, message: string, ms = 20): void => {
  setTimeout(() => parent.asRef().info(message), ms);
};

export { later as deferInfo };

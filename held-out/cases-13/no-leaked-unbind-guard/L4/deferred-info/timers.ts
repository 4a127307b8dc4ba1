import type { device, pci } from '@bindsafe/kernel';

const later = (parent: pci.Device<device.Bound>, message: string, ms = 20): void => {
  setTimeout(() => parent.asRef().info(message), ms);
};

export { later as deferInfo };

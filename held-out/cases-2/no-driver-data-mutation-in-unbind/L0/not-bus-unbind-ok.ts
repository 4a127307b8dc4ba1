// A user's own Binder object has an `unbind(dev, data)` method: it is not a bus driver's unbind. [class 2]
import type { pci } from '@bindsafe/kernel';

interface Binding {
  readonly names: string[];
  count: number;
}

export const binder = {
  unbind(dev: pci.Device, data: Binding): void {
    data.names.push(dev.name);
    data.count++;
  },
};

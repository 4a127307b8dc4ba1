// A PCI crypto driver deletes an entry from the key cache record its data holds during unbind.
import type { pci } from '@bindsafe/kernel';

interface KeyData {
  readonly keys: Record<string, Uint8Array>;
  readonly defaultSlot: string;
}

export const keyDriver: pci.Driver<KeyData> = {
  name: 'h9-keys',
  idTable: [{ vendor: 0x1022, device: 0x1649 }],
  probe() {
    return { keys: { boot: new Uint8Array(32) }, defaultSlot: 'boot' };
  },
  unbind(_pdev, data) {
    delete data.keys[data.defaultSlot]; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

// A microtask queued in probe runs after probe has returned, with the callback's device captured. [class 5]
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly id: number }> = {
  name: 'held2-nsbd-microtask',
  idTable: [{ vendor: 0x1af4, device: 0x1120 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    queueMicrotask(() => pdev.setMaster()); // expect: bindsafe/no-stored-bound-device
    return { id: pdev.deviceId };
  },
};

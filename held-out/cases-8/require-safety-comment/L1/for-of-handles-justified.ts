// A PCI multi-function card walks a readonly array of handles with a SAFETY comment above the unsafe call in the loop.
import type { device, pci } from '@bindsafe/kernel';

type FunctionData = { readonly functions: readonly device.Device<device.Normal>[] };

export const driver: pci.Driver<FunctionData> = {
  name: 'held8-multifn-loop',
  idTable: [{ vendor: 0x15b3, device: 0x1017 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { functions: [handle, handle] };
  },
  unbind(_pdev, data) {
    let index = 0;
    for (const fn of data.functions) {
      // SAFETY: every entry is this device, bound until unbind returns.
      fn.unsafeAsBound().info(`multifn: quiesce function ${index++}`);
    }
  },
};

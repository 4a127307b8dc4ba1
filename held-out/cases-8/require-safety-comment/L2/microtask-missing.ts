// A PCI input card defers a bound log line with queueMicrotask and gives the call inside no SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal>; readonly keys: Set<number> }> = {
  name: 'held8-input-microtask',
  idTable: [{ vendor: 0x046d, device: 0xc52b }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    const keys = new Set<number>([1, 2, 3]);
    queueMicrotask(() => {
      const bound = handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
      bound.info(`input: ${keys.size} keys mapped`);
    });
    return { handle, keys };
  },
};

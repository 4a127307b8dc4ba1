// A PCI RNG resolves a Promise with a bound name read inside the executor, justified by a SAFETY comment in the executor.
import type { device, pci } from '@bindsafe/kernel';

export function boundName(handle: device.Device<device.Normal>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    try {
      // SAFETY: callers only use this from unbind of the same device, which is still bound.
      resolve(handle.unsafeAsBound().name);
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-rng-executor',
  idTable: [{ vendor: 0x1af4, device: 0x1005 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    void boundName(data.handle).then((name) => data.handle.info(`rng: ${name} off`));
  },
};

// A PCI storage controller's SAFETY comment above a .then statement covers the unsafe call in the block-bodied callback it writes. [class 5]
import type { device, pci } from '@bindsafe/kernel';

interface StorData {
  readonly handle: device.Device;
  readonly flushed: Promise<number>;
}

export function reportFlush(data: StorData): Promise<void> {
  // SAFETY: the caller awaits this before letting the device unbind.
  return data.flushed.then((count) => {
    const dev = data.handle.unsafeAsBound();
    dev.info(`flushed ${count} blocks`);
  });
}

export const storDriver: pci.Driver<StorData> = {
  name: 'h9-stor',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), flushed: Promise.resolve(0) };
  },
};

// A PCI NVMe-like driver puts a SAFETY comment above the call of a same-file helper that is not @unsafe: the comment justifies nothing.
import type { device, pci } from '@bindsafe/kernel';

interface QueueData {
  readonly handle: device.Device;
  readonly depth: number;
}

function queueLabel(data: Readonly<QueueData>): string {
  // SAFETY: only called from unbind, where the device is still bound.
  return `${data.handle.unsafeAsBound().name}/q${data.depth}`;
}

export const queueDriver: pci.Driver<QueueData> = {
  name: 'h9-queue',
  idTable: [{ vendor: 0x1e0f, device: 0x0007 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), depth: 64 };
  },
  unbind(pdev, data) {
    // SAFETY: the device is bound during unbind. // expect: bindsafe/require-safety-comment
    const label = queueLabel(data);
    pdev.asRef().info(`${label} torn down`);
  },
};

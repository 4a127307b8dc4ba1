// A platform display bridge puts its SAFETY comment above the statement before the unsafe return.
import type { device, platform } from '@bindsafe/kernel';

function boundOwner(handle: device.Device, label: string): device.Device<device.Bound> {
  // SAFETY: called only from the bridge's attach path, while the owner is bound. // expect: bindsafe/require-safety-comment
  const tag = label.trim();
  if (tag.length === 0) throw new RangeError("bridge label is empty");
  return handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
}

export const driver: platform.Driver<{ readonly owner: device.Device; readonly io: platform.IoMem }> = {
  name: 'held-bridge-previous',
  idTable: [{ compatible: 'vendor,dsi-bridge' }],
  probe(pdev) {
    const owner = pdev.asRef().toNormal();
    boundOwner(owner, ' bridge ').info('bridge attached');
    return { owner, io: pdev.iomapResource(0).access(pdev.asRef()) };
  },
};

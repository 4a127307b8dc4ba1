// A platform mailbox defines an @unsafe helper with a default parameter and calls it from unbind under a SAFETY comment.
import type { device, devres, platform } from '@bindsafe/kernel';

interface MboxData {
  readonly handle: device.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

/** @unsafe Only while the device is bound to this driver. */
function drainMailbox(data: Readonly<MboxData>, slots = 8): number {
  let drained = 0;
  // SAFETY: passed on to the caller by the tag above.
  const io = data.mem.access(data.handle.unsafeAsBound());
  for (let slot = 0; slot < slots; slot++) {
    drained += io.read32(slot * 4) === 0 ? 0 : 1;
  }
  return drained;
}

export const mboxDriver: platform.Driver<MboxData> = {
  name: 'h9-mbox',
  idTable: [{ compatible: 'acme,mailbox' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), mem: pdev.iomapResource(0) };
  },
  unbind(pdev, data) {
    // SAFETY: unbind runs before the core unbinds the device.
    const drained = drainMailbox(data);
    pdev.asRef().info(`drained ${drained} slots`);
  },
};

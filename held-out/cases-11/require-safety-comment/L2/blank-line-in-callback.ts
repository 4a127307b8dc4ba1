// A SAFETY comment separated from the call by a blank line inside a then callback covers nothing.
import type { device } from '@bindsafe/kernel';

export async function settleThenLog(dev: device.Device, pending: Promise<number>): Promise<void> {
  await pending.then((code) => {
    // SAFETY: the promise settles before `remove` (the driver awaits it in probe). // expect: bindsafe/require-safety-comment

    dev.unsafeAsBound().info(`settled with ${code}`); // expect: bindsafe/require-safety-comment
  });
}

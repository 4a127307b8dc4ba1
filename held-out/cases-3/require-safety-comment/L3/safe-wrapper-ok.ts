// A same-file safe wrapper justifies its unsafe call itself; the callers need and have no comment.
import type { device } from '@bindsafe/kernel';

function infoWhileUnbinding(dev: device.Device, message: string): void {
  // SAFETY: only called from the data's destructor, which runs before the device is unbound.
  dev.unsafeAsBound().info(message);
}

export class TimerData implements Disposable {
  constructor(readonly dev: device.Device) {}
  [Symbol.dispose](): void {
    infoWhileUnbinding(this.dev, 'timer stopped');
    infoWhileUnbinding(this.dev, 'timer released');
  }
}

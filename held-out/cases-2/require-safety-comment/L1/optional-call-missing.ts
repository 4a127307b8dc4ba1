// An optional call of unsafeAsBound with no comment. [class 8]
import type { device } from '@bindsafe/kernel';

export class Notifier {
  dev: device.Device | undefined;

  notify(msg: string): void {
    this.dev?.unsafeAsBound().info(msg); // expect: bindsafe/require-safety-comment
  }
}

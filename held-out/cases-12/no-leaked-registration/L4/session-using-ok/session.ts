// A probe-time session around a temporary firmware-loader child; its destructor drops the child.
import type { auxiliary, device } from '@bindsafe/kernel';

export class LoaderSession implements Disposable {
  constructor(
    readonly loader: auxiliary.Registration,
    private readonly log: device.Device,
  ) {}

  [Symbol.dispose](): void {
    this.log.info(`firmware session over (${this.loader.name})`);
    void this.loader.drop();
  }
}

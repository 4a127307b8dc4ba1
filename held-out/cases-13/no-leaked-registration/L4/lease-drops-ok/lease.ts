import { auxiliary, type device } from '@bindsafe/kernel';

export class ScrubLease implements Disposable {
  #released = false;
  constructor(readonly child: auxiliary.Registration) {}

  get released(): boolean {
    return this.#released;
  }

  [Symbol.dispose](): void {
    this.#released = true;
    void this.child.drop();
  }

  static open(parent: device.Device<device.Bound>): ScrubLease {
    return new ScrubLease(auxiliary.Registration.new(parent, 'scrub', 0, 'edac'));
  }
}

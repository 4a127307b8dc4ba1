// A method of our own named unsafeAsBound without the @unsafe tag needs no comment.
import type { device } from '@bindsafe/kernel';

export enum LinkState {
  Down,
  Up,
}

export class LinkView {
  constructor(private readonly dev: device.Device, private state = LinkState.Down) {}

  /** Marks the link up (our naming: no binding assumption is made here). */
  unsafeAsBound(): LinkView {
    this.state = LinkState.Up;
    return this;
  }

  get up(): boolean {
    return this.state === LinkState.Up;
  }

  get handle(): device.Device {
    return this.dev;
  }
}

export function raise(view: LinkView): boolean {
  return view.unsafeAsBound().up;
}

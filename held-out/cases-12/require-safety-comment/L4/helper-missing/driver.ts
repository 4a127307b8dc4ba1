// A platform camera sensor gates its clocks on teardown through a helper module (the helper's unsafe call is unjustified). [class 3]
import type { devres, platform } from '@bindsafe/kernel';
import { gateClocks, type ClockSet } from './lib/clocks.js';

export class CameraData implements Disposable {
  readonly clocks: ClockSet;

  constructor(pdev: platform.Device, io: devres.Devres<platform.IoMem>) {
    this.clocks = { pdev, io, mask: 0x0f };
  }

  [Symbol.dispose](): void {
    gateClocks(this.clocks);
  }
}

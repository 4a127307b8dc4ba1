// A PCI audio codec picks a ring with a conditional expression in unbind and only reads it, logging its peak level.
import type { pci } from '@bindsafe/kernel';

class CodecData {
  readonly playback: readonly number[] = new Array<number>(16).fill(0);
  readonly capture: readonly number[] = new Array<number>(16).fill(0);
  constructor(readonly duplex: boolean) {}
  get active(): readonly number[] {
    return this.duplex ? this.capture : this.playback;
  }
}

export const codecDriver: pci.Driver<CodecData, boolean> = {
  name: 'acc-codec-ok',
  idTable: [{ vendor: 0x8086, device: 0x51c9, info: true }],
  probe: (pdev, duplex) => new CodecData(duplex ?? false),
  unbind(pdev, data) {
    const ring = data.duplex ? data.capture : data.active;
    pdev.asRef().info(`acc-codec-ok: peak ${Math.max(...ring)}`);
  },
};

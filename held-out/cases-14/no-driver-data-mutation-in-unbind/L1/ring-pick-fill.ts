// A PCI audio codec picks the playback or capture ring with a conditional expression and zero-fills it in unbind. [class 6]
import type { pci } from '@bindsafe/kernel';

class CodecData {
  readonly playback = new Array<number>(16).fill(0);
  readonly capture = new Array<number>(16).fill(0);
  #duplex: boolean;
  constructor(duplex: boolean) {
    this.#duplex = duplex;
  }
  get duplex(): boolean {
    return this.#duplex;
  }
}

export const codecDriver: pci.Driver<CodecData, boolean> = {
  name: 'acc-codec',
  idTable: [{ vendor: 0x8086, device: 0x51c8, info: true }],
  probe: (pdev, duplex) => new CodecData(duplex ?? false),
  unbind(pdev, data) {
    (data.duplex ? data.capture : data.playback).fill(0); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

// A class-based PCI frame grabber defines a local arrow in unbind that zero-fills the data's line buffer, next to its own log [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

class GrabberData {
  readonly lineBuffer: number[] = new Array<number>(1920).fill(0xff);
  constructor(readonly bar: devres.Devres<pci.Bar>) {}
}

export class FrameGrabberDriver implements pci.Driver<GrabberData> {
  readonly name = 'frame-grabber';
  readonly idTable = [{ vendor: 0x1131, device: 0x7146 }];
  readonly #log: string[] = [];

  probe(pdev: pci.Device<device.Core>): GrabberData {
    return new GrabberData(pdev.iomapRegion(0, 'frame-grabber'));
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<GrabberData>): void {
    const blank = (value: number) => data.lineBuffer.fill(value); // expect: bindsafe/no-driver-data-mutation-in-unbind
    data.bar.access(pdev.asRef()).write32(0, 0x0);
    this.#log.push(`blanked ${blank(0).length} pixels`);
  }
}

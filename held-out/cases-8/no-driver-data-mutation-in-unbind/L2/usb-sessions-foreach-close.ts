// A PCI USB host class driver closes every session object its data holds inside a `forEach` callback.
import type { device, pci } from '@bindsafe/kernel';

interface UsbSession {
  readonly port: number;
  open: boolean;
}

interface XhciData {
  readonly sessions: UsbSession[];
}

export class XhciLiteDriver implements pci.Driver<XhciData> {
  readonly name = 'h8-xhci';
  readonly idTable = [{ vendor: 0x1b21, device: 0x1242 }];

  probe(_pdev: pci.Device<device.Core>): XhciData {
    return { sessions: [{ port: 1, open: true }, { port: 2, open: true }] };
  }

  unbind(_pdev: pci.Device<device.Core>, data: Readonly<XhciData>): void {
    data.sessions.forEach((session) => {
      session.open = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  }
}

// A default-exported class driver for an auxiliary child keeps its bound parent (adev.parent()) in `this` across bindings.
import type { auxiliary, device } from '@bindsafe/kernel';

interface PortData {
  readonly port: number;
}

export default class PortDriver implements auxiliary.Driver<PortData> {
  readonly name = 'held-usb-port';
  readonly idTable = [{ modname: 'held_xhci', name: 'port' }];
  lastParent: device.Device<device.Bound> | undefined;
  probes = 0;

  probe(adev: auxiliary.Device<device.Core>): PortData {
    this.probes += 1;
    this.lastParent = adev.parent(); // expect: bindsafe/no-stored-bound-device
    return { port: adev.id };
  }
}

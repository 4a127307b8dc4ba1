// A lease object is declared with `using`, but its dispose releases the counter, not the child. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

let leasesOut = 0;

class ChildLease implements Disposable {
  constructor(readonly child: auxiliary.Registration, readonly tag: string) {
    leasesOut++;
  }
  [Symbol.dispose](): void {
    leasesOut--;
  }
}

function leaseChild(parent: device.Device<device.Bound>, tag: string): ChildLease {
  return new ChildLease(auxiliary.Registration.new(parent, tag, 0, 'edac'), tag);
}

export const edacDriver: pci.Driver<{ readonly scrubbed: string }> = {
  name: 'edac-lite',
  idTable: [{ vendor: 0x8086, device: 0x2088 }],
  probe(pdev) {
    using lease = leaseChild(pdev.asRef(), 'scrub'); // expect: bindsafe/no-leaked-registration
    return { scrubbed: lease.child.name };
  },
};

// The lease's dispose drops the child it keeps; probe declares it with `using`. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

let leasesOut = 0;

class ChildLease implements Disposable {
  constructor(readonly child: auxiliary.Registration, readonly tag: string) {
    leasesOut++;
  }
  [Symbol.dispose](): void {
    leasesOut--;
    void this.child.drop();
  }
}

function leaseChild(parent: device.Device<device.Bound>, tag: string): ChildLease {
  return new ChildLease(auxiliary.Registration.new(parent, tag, 0, 'edac'), tag);
}

export const edacDriver: pci.Driver<{ readonly scrubbed: string }> = {
  name: 'edac-lite',
  idTable: [{ vendor: 0x8086, device: 0x2088 }],
  probe(pdev) {
    using lease = leaseChild(pdev.asRef(), 'scrub');
    return { scrubbed: lease.child.name };
  },
};

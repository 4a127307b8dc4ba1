// A probe-time link scan makes one child per port in `forEach`, deferring each drop on a `using` stack.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface ScanData {
  readonly linked: readonly number[];
}

export const scanDriver: pci.Driver<ScanData> = {
  name: 'held9-scan',
  idTable: [{ vendor: 0x1077, device: 0x2261 }],
  probe(pdev) {
    using stack = new DisposableStack();
    const linked: number[] = [];
    [0, 1, 2].forEach((port) => {
      const probeChild = auxiliary.Registration.new(pdev.asRef(), 'link-probe', port, 'held9_scan');
      stack.defer(() => void probeChild.drop());
      if (probeChild.name.length > 0) linked.push(port);
    });
    return { linked };
  },
};

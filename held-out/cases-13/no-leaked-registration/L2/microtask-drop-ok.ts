// A microtask registers a probe-time PHY scan child and drops it on its only exit. [class 5]
import { auxiliary, type platform } from '@bindsafe/kernel';

export const mdioDriver: platform.Driver<{ readonly phys: number }> = {
  name: 'mdio-bus',
  idTable: [{ compatible: 'vendor,mdio' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    queueMicrotask(() => {
      // SAFETY: the microtask runs before the probe's caller resumes, while the bus is bound.
      const bound = handle.unsafeAsBound();
      const scan = auxiliary.Registration.new(bound, 'scan', 0, 'mdio');
      bound.info(`scanning through ${scan.name}`);
      void scan.drop();
    });
    return { phys: 2 };
  },
};

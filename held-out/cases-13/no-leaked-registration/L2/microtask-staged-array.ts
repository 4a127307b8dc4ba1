// A microtask stages children in its own array, which nobody keeps once it returns. [class 5]
import { auxiliary, type platform } from '@bindsafe/kernel';

export const mdioDriver: platform.Driver<{ readonly phys: number }> = {
  name: 'mdio-bus',
  idTable: [{ compatible: 'vendor,mdio' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    queueMicrotask(() => {
      const staged: auxiliary.Registration[] = [];
      // SAFETY: the microtask runs before the probe's caller resumes, while the bus is bound.
      const bound = handle.unsafeAsBound();
      for (const addr of [1, 2]) staged.push(auxiliary.Registration.new(bound, 'phy', addr, 'mdio')); // expect: bindsafe/no-leaked-registration
      bound.info(`staged ${staged.length} phys`);
    });
    return { phys: 2 };
  },
};

// probe parks the debug child on a globalThis slot for a debugger to find; the driver data never owns it. [class 8]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

declare global {
  var held5cTraceChild: auxiliary.Registration | undefined;
}

interface Tracer {
  readonly regs: devres.Devres<pci.Bar>;
}

export const tracerDriver: pci.Driver<Tracer> = {
  name: 'held5c-tracer',
  idTable: [{ vendor: 0x8086, device: 0x9a33 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-tracer');
    globalThis.held5cTraceChild = auxiliary.Registration.new(pdev.asRef(), 'trace', 0, 'held5c_tracer'); // expect: bindsafe/no-leaked-registration
    return { regs };
  },
};

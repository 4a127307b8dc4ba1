// unbind hands the data's trace buffer to a helper that shifts it down with `copyWithin` and truncates it.
import type { devres, pci } from '@bindsafe/kernel';

function rewind(trace: number[], by: number): number {
  const kept = Math.max(trace.length - by, 0);
  trace.copyWithin(0, by);
  trace.length = kept;
  return kept;
}

interface Tracer {
  readonly regs: devres.Devres<pci.Bar>;
  readonly trace: number[];
}

export const tracerDriver: pci.Driver<Tracer> = {
  name: 'held4-tracer',
  idTable: [{ vendor: 0x8086, device: 0x9a33 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held4-tracer'), trace: [] };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    bar.write32(0, 0x100);
    const kept = rewind(data.trace, 16); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`tracer: ${kept} entries kept`);
  },
};

// A platform thermal sensor hands its IoMem to an externally declared trace hook (unknown callee: borrowed).
import type { platform } from '@bindsafe/kernel';

declare function traceWindow(io: platform.IoMem, label: string): void;

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly zone: string }> = {
  name: 'held8-thermal-declared',
  idTable: [{ compatible: 'acme,thermal' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    traceWindow(io, pdev.compatible);
    return { io, zone: pdev.name };
  },
};

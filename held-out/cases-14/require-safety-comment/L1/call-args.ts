// A PCI NVMe controller formats a shutdown record from several arguments; the justification stands above the wrong argument. [class 2]
import type { pci } from '@bindsafe/kernel';

const record = (...parts: readonly (string | number)[]): string => parts.join(' | ');

export const shutdownRecord = (pdev: pci.Device, queues: number, ms?: number): string =>
  record(
    pdev.name,
    // SAFETY: called from the driver data's destructor, while the device is bound. // expect: bindsafe/require-safety-comment
    queues,
    pdev.asRef().unsafeAsBound().name, // expect: bindsafe/require-safety-comment
    ms ?? 'n/a',
  );

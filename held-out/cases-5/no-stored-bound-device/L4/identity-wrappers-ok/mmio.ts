// MMIO helpers: size checks that return what they are given, and a wrapper record around a Bar.
import { errors } from '@bindsafe/kernel';
import type { pci } from '@bindsafe/kernel';

export function requireSize(bar: pci.Bar, bytes: number): pci.Bar {
  if (bar.size < bytes) throw new errors.KernelError('ENODEV', `BAR of ${bar.size} bytes, need ${bytes}`);
  return bar;
}

export interface Doorbell {
  readonly bar: pci.Bar;
  readonly offset: number;
}

export function doorbell(bar: pci.Bar, offset: number): Doorbell {
  return { bar, offset };
}

export function ring(db: Doorbell, value: number): void {
  db.bar.write32(value, db.offset);
}

// Disposes every IRQ registration of a list.
import type { pci } from '@bindsafe/kernel';

export function closeAll(irqs: readonly pci.IrqRegistration[]): void {
  for (const irq of irqs) irq[Symbol.dispose]();
}

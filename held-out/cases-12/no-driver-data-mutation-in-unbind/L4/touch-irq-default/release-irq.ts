// Default-exported helper: frees an interrupt registration now.
import type { platform } from '@bindsafe/kernel';

export default function releaseIrq(irq: platform.IrqRegistration): void {
  if (!irq.freed) irq[Symbol.dispose]();
}

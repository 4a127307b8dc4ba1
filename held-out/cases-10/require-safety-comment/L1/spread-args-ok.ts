// A spread of rest parameters into info(), with the unsafe call justified directly above.
import type { pci } from '@bindsafe/kernel';

export function logAll(pdev: pci.Device, ...parts: string[]): void {
  const message = [...parts, `rev ${pdev.revision}`].join(' ');
  // SAFETY: logAll() is only reached from the driver's bus callbacks.
  pdev.asRef().unsafeAsBound().info(message);
}

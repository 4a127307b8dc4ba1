// Clock gating of a platform camera sensor; the gate helper asserts the binding without a justification.
import type { devres, platform } from '@bindsafe/kernel';

export interface ClockSet {
  readonly pdev: platform.Device;
  readonly io: devres.Devres<platform.IoMem>;
  readonly mask: number;
}

export function gateClocks({ pdev, io, mask = 0xff }: ClockSet): void {
  const regs = io.access(pdev.asRef().unsafeAsBound()); // expect: bindsafe/require-safety-comment
  regs.write32(regs.read32(0x0c) & ~mask, 0x0c);
}

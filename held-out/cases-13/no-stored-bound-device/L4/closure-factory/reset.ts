// Reset helpers for SoC blocks: build a closure that pulses a reset line through an IoMem.
import type { platform } from '@bindsafe/kernel';

export type Pulse = (lines: number) => void;

export function resetPulser(io: platform.IoMem, offset = 0x04): Pulse {
  return (lines) => {
    io.write32(lines, offset);
    io.write32(0, offset);
  };
}

// Helper module: makes an interrupt-status reader closure over an IoMem.
import type { platform } from '@bindsafe/kernel';

export type StatusReader = () => number;

export function makeStatusReader(io: platform.IoMem, offset: number): StatusReader {
  return () => io.read32(offset);
}

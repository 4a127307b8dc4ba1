// Loopback self-test of a UART: only uses the IoMem during the call.
import type { platform } from '@bindsafe/kernel';

export function loopbackOk(io: platform.IoMem): boolean {
  io.write32(0x10, 0x10);
  io.write32(0x5a, 0x00);
  const echoed = io.read32(0x00) === 0x5a;
  io.write32(0x00, 0x10);
  return echoed;
}

// A thermal sensor converts raw readings in a same-file helper that only reads the IoMem.
import type { platform } from '@bindsafe/kernel';

function readMilliCelsius(io: platform.IoMem, channel: number): number {
  const raw = io.read32(0x100 + channel * 4);
  return (raw & 0xfff) * 125 - 40_000;
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly boot: number[] }> = {
  name: 'held-tsensor',
  idTable: [{ compatible: 'vendor,tsensor' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const boot = [0, 1, 2, 3].map((channel) => readMilliCelsius(io, channel));
    return { io, boot };
  },
};

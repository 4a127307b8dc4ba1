// A platform SPI controller describes its device and IoMem with an overloaded same-file helper that only reads them.
import type { device, platform } from '@bindsafe/kernel';

function describe(dev: device.Device<device.Bound>): string;
function describe(io: platform.IoMem, offset: number): string;
function describe(target: device.Device<device.Bound> | platform.IoMem, offset = 0): string {
  if ('read32' in target) return `reg[${offset}] = ${target.read32(offset)}`;
  return `device ${target.name}`;
}

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly summary: string }> = {
  name: 'held8-spi-overload',
  idTable: [{ compatible: 'acme,spi' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const summary = `${describe(pdev.asRef())}; ${describe(io, 0x10)}`;
    return { io, summary };
  },
};

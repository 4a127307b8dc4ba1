// Module state holds only handles: a static field with a Normal handle, a static WeakMap of Devres containers, reassigned module lets with copies. [class 2]
import type { devres, platform } from '@bindsafe/kernel';

class SensorHub {
  static last: platform.Device | undefined;
  static readonly windows = new WeakMap<object, devres.Devres<platform.IoMem>>();
}

let probedCount = 0;
let lastName = '';

export const sensorDriver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem>; readonly handle: platform.Device }> = {
  name: 'held-sensor',
  idTable: [{ compatible: 'bosch,bmp280' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mem.access(pdev.asRef()).write32(0xb6, 0xe0);
    const handle = pdev.toNormal();
    SensorHub.last = handle;
    SensorHub.windows.set(handle, mem);
    probedCount += 1;
    lastName = pdev.name;
    return { mem, handle };
  },
};

export function readPressure(): number | undefined {
  const handle = SensorHub.last;
  if (handle === undefined) return undefined;
  return SensorHub.windows.get(handle)?.tryAccessWith((io) => io.read32(0xf4));
}

export function stats(): string {
  return `${lastName}: ${probedCount} probes`;
}

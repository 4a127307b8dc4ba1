// A hwmon-style platform driver pushes sensor reader closures over its IoMem into a module-level array of readers. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

type Reader = () => number;

export const sensorReaders: Reader[] = [];

const SENSOR_OFFSETS = [0x10, 0x14, 0x18] as const;

interface HwmonData {
  readonly mem: devres.Devres<platform.IoMem>;
}

export const hwmonDriver: platform.Driver<HwmonData> = {
  name: 'held-hwmon',
  idTable: [{ compatible: 'nuvoton,npcm-hwmon' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    const first = SENSOR_OFFSETS[0];
    sensorReaders.push(() => io.read32(first) & 0xfff); // expect: bindsafe/no-stored-bound-device
    return { mem };
  },
};

export function readAll(): number[] {
  return sensorReaders.map((read) => read());
}

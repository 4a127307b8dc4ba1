// Probes a camera sensor by registering its child; drops it only when the chip id check throws.
import { auxiliary, type device } from '@bindsafe/kernel';

function readChipId(index: number): number {
  if (index < 0) throw new Error('i2c nack');
  return 0x0219;
}

export function probeSensor(parent: device.Device<device.Bound>, index: number): boolean {
  const reg = auxiliary.Registration.new(parent, 'sensor', index, 'held6_sensor');
  try {
    return readChipId(index) === 0x0219;
  } catch {
    void reg.drop();
    return false;
  }
}

// A camera host probes its sensor through an imported helper that keeps the child on success only in a local. [class 1]
import type { platform } from '@bindsafe/kernel';
import { probeSensor } from './sensor.js';

interface HostData {
  readonly sensorPresent: boolean;
}

export const driver: platform.Driver<HostData> = {
  name: 'held6-cam-host',
  idTable: [{ compatible: 'vendor,cam-host' }],
  probe(pdev) {
    const sensorPresent = probeSensor(pdev.asRef(), 0); // expect: bindsafe/no-leaked-registration
    return { sensorPresent };
  },
};

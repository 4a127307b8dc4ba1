// A sensor hub files its children through a helper that stores them in a module-level Map keyed by sensor id. [class 6]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

const SENSORS = [
  { id: 1, kind: 'accel' },
  { id: 2, kind: 'gyro' },
] as const;
type Sensor = (typeof SENSORS)[number];

const registry = new Map<number, auxiliary.Registration>();

function attachSensor(parent: device.Device<device.Bound>, sensor: Sensor): void {
  registry.set(sensor.id, auxiliary.Registration.new(parent, sensor.kind, sensor.id, 'sensor_hub'));
}

interface HubData {
  readonly sensorIds: number[];
}

export const sensorHubDriver: platform.Driver<HubData> = {
  name: 'sensor-hub',
  idTable: [{ compatible: 'acme,sensor-hub' }],
  probe(pdev) {
    const accel = SENSORS[0];
    attachSensor(pdev.asRef(), accel); // expect: bindsafe/no-leaked-registration
    return { sensorIds: [accel.id] };
  },
};

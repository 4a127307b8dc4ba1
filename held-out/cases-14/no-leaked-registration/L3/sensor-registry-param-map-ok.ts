// A sensor hub files its children through a helper that stores them in a Map probe made and the driver data keeps. [class 6]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

const SENSORS = [
  { id: 1, kind: 'accel' },
  { id: 2, kind: 'gyro' },
] as const;
type Sensor = (typeof SENSORS)[number];

function attachSensor(into: Map<number, auxiliary.Registration>, parent: device.Device<device.Bound>, sensor: Sensor): void {
  into.set(sensor.id, auxiliary.Registration.new(parent, sensor.kind, sensor.id, 'sensor_hub'));
}

interface HubData {
  readonly sensors: Map<number, auxiliary.Registration>;
}

export const sensorHubDriver: platform.Driver<HubData> = {
  name: 'sensor-hub',
  idTable: [{ compatible: 'acme,sensor-hub' }],
  probe(pdev) {
    const sensors = new Map<number, auxiliary.Registration>();
    for (const sensor of SENSORS) attachSensor(sensors, pdev.asRef(), sensor);
    return { sensors };
  },
};

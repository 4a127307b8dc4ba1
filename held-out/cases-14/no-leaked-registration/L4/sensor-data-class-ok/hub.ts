// The sensor hub's driver data: a class whose method files each sensor child in a public Map field it owns.
import { auxiliary, type device } from '@bindsafe/kernel';

export class SensorHub {
  readonly sensors = new Map<number, auxiliary.Registration>();

  constructor(readonly compatible: string) {}

  attach(parent: device.Device<device.Bound>, kind: string, id: number): this {
    this.sensors.set(id, auxiliary.Registration.new(parent, kind, id, 'sensor_hub'));
    return this;
  }
}

// A platform hwmon class driver stamps the time of removal into a nested health record of its data.
import type { device, platform } from '@bindsafe/kernel';

interface Health {
  lastSeen: number;
  faults: number;
}

interface HwmonData {
  readonly health: Health;
}

export class HwmonDriver implements platform.Driver<HwmonData> {
  readonly name = 'h11-hwmon';
  readonly idTable = [{ compatible: 'acme,hwmon-v2' }];

  probe(_pdev: platform.Device<device.Core>): HwmonData {
    return { health: { lastSeen: Date.now(), faults: 0 } };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<HwmonData>): void {
    if (data.health.faults > 0) pdev.asRef().info(`hwmon: ${data.health.faults} faults`);
    data.health.lastSeen = Date.now(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}

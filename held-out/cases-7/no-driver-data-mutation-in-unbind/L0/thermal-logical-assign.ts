// A thermal sensor driver defaults a trip limit with a logical assignment (`??=`) on the data in unbind.
import type { platform } from '@bindsafe/kernel';

interface Trip {
  critical?: number;
  passive: number;
}

interface ThermalData {
  readonly trip: Trip;
}

export const thermalDriver: platform.Driver<ThermalData> = {
  name: 'held7-thermal',
  idTable: [{ compatible: 'vendor,tsens' }],
  probe() {
    return { trip: { passive: 85 } };
  },
  unbind(pdev, data) {
    data.trip.critical ??= 105; // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`thermal: critical trip ${data.trip.critical}`);
  },
};

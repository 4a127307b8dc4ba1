// A platform thermal sensor defines a local reset arrow in unbind that zeroes the trip counters of its data. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface Trips {
  passive: number;
  critical: number;
}

interface ThermalData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly trips: Trips;
}

export const thermalDriver: platform.Driver<ThermalData> = {
  name: 'tsens-lite',
  idTable: [{ compatible: 'qcom,tsens-v2' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0), trips: { passive: 0, critical: 0 } };
  },
  unbind(pdev, data) {
    const report = (): string => `${data.trips.passive} passive, ${data.trips.critical} critical trips`;
    const reset = (): void => {
      data.trips.critical = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    pdev.asRef().info(`tsens-lite: ${report()}`);
    reset();
    data.io.access(pdev.asRef()).write32(0, 0x04);
  },
};

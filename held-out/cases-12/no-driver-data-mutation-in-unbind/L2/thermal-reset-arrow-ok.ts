// A platform thermal sensor defines local arrows in unbind that zero a local summary built from the data. [class 7]
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
    const summary: Trips = { passive: data.trips.passive, critical: data.trips.critical };
    const report = (): string => `${summary.passive} passive, ${summary.critical} critical trips`;
    const reset = (): void => {
      summary.passive = summary.critical = 0;
    };
    pdev.asRef().info(`tsens-lite: ${report()}`);
    reset();
    data.io.access(pdev.asRef()).write32(0, 0x04);
  },
};

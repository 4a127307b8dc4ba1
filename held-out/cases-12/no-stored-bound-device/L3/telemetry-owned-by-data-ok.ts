// A thermal driver creates its own Telemetry in probe, tracks the device in it, and the driver data keeps it [class 4]
import type { device, devres, platform } from '@bindsafe/kernel';

class Telemetry {
  readonly #devices: device.Device<device.Bound>[] = [];
  track(dev: device.Device<device.Bound>): void {
    this.#devices.push(dev);
  }
  get count(): number {
    return this.#devices.length;
  }
}

interface ThermalData {
  readonly tsens: devres.Devres<platform.IoMem>;
  readonly telemetry: Telemetry;
}

export const thermalDriver: platform.Driver<ThermalData> = {
  name: 'tsens-telemetry-ok',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(pdev) {
    const tsens = pdev.iomapResource(0);
    const telemetry = new Telemetry();
    telemetry.track(pdev.asRef());
    return { tsens, telemetry };
  },
};

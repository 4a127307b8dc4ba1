// A thermal driver reports its device to a module-level Telemetry object whose method keeps it in a #private array [class 6]
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

export const telemetry = new Telemetry();

export const thermalDriver: platform.Driver<{ readonly tsens: devres.Devres<platform.IoMem> }> = {
  name: 'tsens-telemetry',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(pdev) {
    const tsens = pdev.iomapResource(0);
    telemetry.track(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { tsens };
  },
};

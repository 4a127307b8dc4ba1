// A platform regulator reports its IoMem to a module-level singleton whose method keeps it in a #private Map.
import type { platform } from '@bindsafe/kernel';

class RegulatorTelemetry {
  static readonly instance = new RegulatorTelemetry();
  readonly #windows = new Map<string, platform.IoMem>();

  private constructor() {}

  track(key: string, io: platform.IoMem): void {
    this.#windows.set(key, io);
  }

  get count(): number {
    return this.#windows.size;
  }
}

const telemetry = RegulatorTelemetry.instance;

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-regulator-singleton',
  idTable: [{ compatible: 'acme,regulator' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    telemetry.track(pdev.name, io); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

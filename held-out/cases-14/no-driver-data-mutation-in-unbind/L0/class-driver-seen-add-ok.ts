// A class-based platform thermal driver keeps its own history in a private Set of the driver object; unbind updates only that.
import type { device, platform } from '@bindsafe/kernel';

interface ThermalData {
  readonly zones: ReadonlySet<string>;
  readonly trips: readonly number[];
}

export class ThermalDriver implements platform.Driver<ThermalData> {
  readonly name = 'acc-thermal-ok';
  readonly idTable = [{ compatible: 'acme,thermal-v2' }];
  readonly #retired = new Set<string>();
  #unbinds = 0;

  get unbinds(): number {
    return this.#unbinds;
  }
  get retired(): readonly string[] {
    return [...this.#retired];
  }

  probe(pdev: platform.Device<device.Core>): ThermalData {
    return { zones: new Set([pdev.compatible]), trips: [85, 95] };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<ThermalData>): void {
    this.#unbinds++;
    for (const zone of data.zones) this.#retired.add(zone);
    pdev.asRef().info(`acc-thermal-ok: ${data.trips.length} trips, ${this.unbinds} unbinds`);
  }
}

export const thermalDriver = new ThermalDriver();

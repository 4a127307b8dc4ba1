// A class-based platform thermal driver counts its own unbinds (fine) but also records the zone in the data's Set.
import type { device, platform } from '@bindsafe/kernel';

interface ThermalData {
  readonly zones: Set<string>;
  readonly trips: number[];
}

export class ThermalDriver implements platform.Driver<ThermalData> {
  readonly name = 'acc-thermal';
  readonly idTable = [{ compatible: 'acme,thermal' }];
  #unbinds = 0;

  get unbinds(): number {
    return this.#unbinds;
  }

  probe(pdev: platform.Device<device.Core>): ThermalData {
    return { zones: new Set([pdev.compatible]), trips: [85, 95] };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<ThermalData>): void {
    this.#unbinds++;
    data.zones.add(`${pdev.asRef().name}#retired`); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}

export const thermalDriver = new ThermalDriver();

// A class-based platform regulator driver tallies unbinds in its own private stats through a same-file helper that mutates its parameter.
import type { device, platform } from '@bindsafe/kernel';

interface Tally { count: number; last: string }

function bump(tally: Tally, who: string): void {
  tally.count++;
  tally.last = who;
}

interface RegulatorData {
  readonly rails: ReadonlyMap<string, number>;
}

export class RegulatorDriver implements platform.Driver<RegulatorData> {
  readonly name = 'acc-regulator';
  readonly idTable = [{ compatible: 'acme,regulator' }];
  readonly #tally: Tally = { count: 0, last: '' };

  get unbindCount(): number {
    return this.#tally.count;
  }

  probe(pdev: platform.Device<device.Core>): RegulatorData {
    return { rails: new Map([['vcore', 900]]) };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<RegulatorData>): void {
    bump(this.#tally, pdev.asRef().name);
    pdev.asRef().info(`acc-regulator: ${data.rails.size} rails, unbind #${this.unbindCount}`);
  }
}

export const regulatorDriver = new RegulatorDriver();

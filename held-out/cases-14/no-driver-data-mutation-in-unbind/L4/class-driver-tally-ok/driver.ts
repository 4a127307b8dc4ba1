// A class-based auxiliary PHY driver records unbinds in its own Tally and clears a Set it builds in unbind, both through helpers of another module.
import type { auxiliary, device } from '@bindsafe/kernel';
import { forgetAll, recordAll, Tally } from './tally.js';

interface PhyData {
  readonly modes: ReadonlySet<string>;
}

export class PhyDriver implements auxiliary.Driver<PhyData> {
  readonly name = 'acc-phy';
  readonly idTable = [{ modname: 'acc_mac', name: 'phy' }];
  readonly #tally = new Tally();

  get unbinds(): number {
    return this.#tally.total;
  }

  probe(adev: auxiliary.Device<device.Core>): PhyData {
    return { modes: new Set(['sgmii', 'rgmii']) };
  }

  unbind(adev: auxiliary.Device<device.Core>, data: Readonly<PhyData>): void {
    recordAll(this.#tally, data.modes);
    const seen = new Set(data.modes);
    forgetAll(seen);
    adev.asRef().info(`acc-phy: ${this.unbinds} mode unbinds`);
  }
}

export const phyDriver = new PhyDriver();

// A platform clock controller falls back from an override table to its default table with ?? and writes into whichever it got. [class 6]
import type { platform } from '@bindsafe/kernel';

type Rates = Map<string, number>;

class ClockCtrl {
  readonly defaults: Rates = new Map([['core', 400_000_000]]);
  readonly override: Rates | undefined;
  constructor(override?: Rates) {
    this.override = override;
  }
  get effective(): ReadonlyMap<string, number> {
    return this.override ?? this.defaults;
  }
}

export const clockDriver: platform.Driver<ClockCtrl> = {
  name: 'acc-clk',
  idTable: [{ compatible: 'acme,clk' }],
  probe: () => new ClockCtrl(),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-clk: core at ${data.effective.get('core') ?? 0} Hz`);
    (data.override ?? data.defaults).set('core', 0); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

// A platform clock controller falls back from an override table with ?? in unbind, copies the chosen table into a new Map and edits the copy. [class 6]
import type { platform } from '@bindsafe/kernel';

type Rates = Map<string, number>;

class ClockCtrl {
  readonly defaults: Rates = new Map([['core', 400_000_000]]);
  constructor(readonly override?: Rates) {}
}

export const clockDriver: platform.Driver<ClockCtrl> = {
  name: 'acc-clk-ok',
  idTable: [{ compatible: 'acme,clk-v2' }],
  probe: () => new ClockCtrl(new Map([['core', 200_000_000]])),
  unbind(pdev, data) {
    const parked = new Map(data.override ?? data.defaults);
    parked.set('core', 0);
    pdev.asRef().info(`acc-clk-ok: would park ${[...parked.keys()].join(',')}`);
  },
};

// A platform interrupt controller has an overloaded same-file clear helper for Sets and Maps; unbind passes it a Map the data holds.
import type { platform } from '@bindsafe/kernel';

function clearAll(set: Set<number>): number;
function clearAll(map: Map<number, string>): number;
function clearAll(coll: Set<number> | Map<number, string>): number {
  const n = coll.size;
  coll.clear();
  return n;
}

class IntcData {
  readonly masked = new Set<number>([3, 7]);
  readonly routes = new Map<number, string>([[32, 'timer']]);
  get routeCount(): number {
    return this.routes.size;
  }
}

export const intcDriver: platform.Driver<IntcData> = {
  name: 'acc-intc',
  idTable: [{ compatible: 'acme,intc' }],
  probe() {
    const data = new IntcData();
    clearAll(data.masked);
    return data;
  },
  unbind(pdev, data) {
    const routes = clearAll(data.routes); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`acc-intc: ${routes} routes removed`);
  },
};

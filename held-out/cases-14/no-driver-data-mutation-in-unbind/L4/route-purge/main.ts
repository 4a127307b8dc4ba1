// A platform network switch purges stale routes in unbind through a static utility method re-exported under another name from a barrel. [class 7]
import type { platform } from '@bindsafe/kernel';
import { MapUtil } from './util/index.js';

interface Route { readonly port: number; readonly ageMs: number }

class SwitchData {
  readonly #routes = new Map<string, Route>();
  readonly routes: Map<string, Route>;
  constructor() {
    this.routes = this.#routes;
  }
  get ports(): string[] {
    return MapUtil.keysOf(this.#routes);
  }
}

export const switchDriver: platform.Driver<SwitchData> = {
  name: 'acc-switch',
  idTable: [{ compatible: 'acme,switch' }],
  probe: () => new SwitchData(),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-switch: ${data.ports.length} routes`);
    const gone = MapUtil.purge(data.routes, (route) => route.ageMs > 300_000); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`acc-switch: purged ${gone.join(',')}`);
  },
};

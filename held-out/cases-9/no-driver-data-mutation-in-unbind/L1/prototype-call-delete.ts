// A PCI switch removes a route from the Map its data holds through Map.prototype.delete.call during unbind. [class 8]
import type { pci } from '@bindsafe/kernel';

interface RouteData {
  readonly routes: Map<string, number>;
  readonly uplink: string;
}

export const routeDriver: pci.Driver<RouteData> = {
  name: 'h9-pcie-switch',
  idTable: [{ vendor: 0x10b5, device: 0x8747 }],
  probe() {
    return { routes: new Map([['uplink', 0], ['port1', 1]]), uplink: 'uplink' };
  },
  unbind(_pdev, data) {
    Map.prototype.delete.call(data.routes, data.uplink); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

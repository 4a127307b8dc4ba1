// [class 7] A platform Ethernet switch removes the CPU port's route from its data's forwarding table with an imported arrow helper.
import type { device, platform } from '@bindsafe/kernel';
import { detachRoute, type Route } from './routing.js';

const CPU_MAC = '02:00:00:00:00:01';

interface SwitchData {
  readonly fdb: Map<string, Route>;
}

export class EthSwitchDriver implements platform.Driver<SwitchData> {
  readonly name = 'h8-eth-switch';
  readonly idTable = [{ compatible: 'acme,dsa-switch' }];

  probe(_pdev: platform.Device<device.Core>): SwitchData {
    return { fdb: new Map([[CPU_MAC, { port: 0, vlan: 1 }]]) };
  }

  unbind(pdev: platform.Device<device.Core>, data: Readonly<SwitchData>): void {
    if (detachRoute(data.fdb, CPU_MAC)) { // expect: bindsafe/no-driver-data-mutation-in-unbind
      pdev.asRef().info('h8-eth-switch: cpu port route removed');
    }
  }
}

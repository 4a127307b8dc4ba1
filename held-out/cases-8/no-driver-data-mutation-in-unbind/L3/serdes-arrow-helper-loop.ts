// [class 7] A PCI SerDes driver loops over its lanes and calls a same-file arrow helper that marks the lane it is given dead.
import type { device, pci } from '@bindsafe/kernel';

interface Lane {
  readonly id: number;
  alive: boolean;
}

interface SerdesData {
  readonly lanes: readonly Lane[];
}

const markDead = (lane: Lane): void => {
  lane.alive = false;
};

export const serdesDriver: pci.Driver<SerdesData> = {
  name: 'h8-serdes',
  idTable: [{ vendor: 0x10ee, device: 0x9038 }],
  probe(_pdev: pci.Device<device.Core>): SerdesData {
    return { lanes: [{ id: 0, alive: true }, { id: 1, alive: true }] };
  },
  unbind(_pdev, data) {
    let i = 0;
    do {
      const lane = data.lanes[i];
      if (lane !== undefined) markDead(lane); // expect: bindsafe/no-driver-data-mutation-in-unbind
      i++;
    } while (i < data.lanes.length);
  },
};

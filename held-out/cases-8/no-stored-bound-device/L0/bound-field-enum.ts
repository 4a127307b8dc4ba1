// A PCI crypto accelerator keeps probe's device in a driver-data field declared Device<Bound>, with an enum state.
import type { device, pci } from '@bindsafe/kernel';

const enum EngineState {
  Idle,
  Running,
}

interface EngineData {
  readonly owner: pci.Device<device.Bound>;
  readonly state: EngineState;
}

export const driver: pci.Driver<EngineData> = {
  name: 'held8-crypto-bound-field',
  idTable: [{ vendor: 0x1022, device: 0x1468 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const state = pdev.busMaster ? EngineState.Running : EngineState.Idle;
    return { owner: pdev, state };
  },
};

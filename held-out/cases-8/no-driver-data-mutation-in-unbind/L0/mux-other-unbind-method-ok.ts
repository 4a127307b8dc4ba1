// [class 2] A pin-mux table object has its own `unbind` method that mutates its argument; it is no bus driver. The driver's unbind only reads.
import type { device, platform } from '@bindsafe/kernel';

interface MuxState {
  readonly owners: Map<number, string>;
}

export const pinMux = {
  unbind(pin: number, state: MuxState): void {
    state.owners.delete(pin);
  },
};

interface PinctrlData {
  readonly muxState: MuxState;
}

export const pinctrlDriver: platform.Driver<PinctrlData> = {
  name: 'h8-pinctrl',
  idTable: [{ compatible: 'acme,pinctrl' }],
  probe(_pdev: platform.Device<device.Core>): PinctrlData {
    const muxState: MuxState = { owners: new Map([[4, 'uart0']]) };
    pinMux.unbind(7, muxState);
    return { muxState };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`h8-pinctrl: ${data.muxState.owners.size} pins still owned`);
  },
};

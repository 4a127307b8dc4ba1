// [class 1] A PCI NIC mutates its data in probe and in the data's own `[Symbol.dispose]`; unbind only reads it.
import type { device, pci } from '@bindsafe/kernel';

class NicState implements Disposable {
  readonly rxBuffers: Uint8Array[] = [];
  linkUp = false;

  [Symbol.dispose](): void {
    this.rxBuffers.length = 0;
    this.linkUp = false;
  }
}

export const nicDriver: pci.Driver<NicState> = {
  name: 'h8-nic',
  idTable: [{ vendor: 0x10ec, device: 0x8168 }],
  probe(_pdev: pci.Device<device.Core>): NicState {
    const state = new NicState();
    state.rxBuffers.push(new Uint8Array(2048));
    state.linkUp = true;
    return state;
  },
  unbind(pdev, data) {
    pdev.asRef().info(`h8-nic: link ${data.linkUp ? 'up' : 'down'}, ${data.rxBuffers.length} rx buffers`);
  },
};

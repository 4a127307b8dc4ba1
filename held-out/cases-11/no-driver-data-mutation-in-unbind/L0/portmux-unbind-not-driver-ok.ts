// A pin-mux service has its own method named unbind that mutates its state; it is not a bus driver.
import type { device, platform } from '@bindsafe/kernel';

interface PortState {
  owner: string | undefined;
  users: number;
}

export class PortMux {
  readonly #ports = new Map<number, PortState>();

  bind(port: number, owner: string): void {
    this.#ports.set(port, { owner, users: 1 });
  }

  unbind(port: number, state: PortState): void {
    state.owner = undefined;
    state.users--;
    this.#ports.delete(port);
  }
}

const mux = new PortMux();

export const pinDriver: platform.Driver<{ readonly port: number }> = {
  name: 'h11-pinctrl-user',
  idTable: [{ compatible: 'acme,pin-user' }],
  probe(pdev: platform.Device<device.Core>) {
    mux.bind(3, pdev.name);
    return { port: 3 };
  },
  unbind(pdev: platform.Device<device.Core>, data: Readonly<{ readonly port: number }>) {
    pdev.asRef().info(`pin user: releasing port ${data.port}`);
  },
};

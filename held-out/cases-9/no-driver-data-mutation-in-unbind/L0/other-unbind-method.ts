// A platform switch driver's port manager has its own method named unbind that mutates its state: not a bus driver's unbind. [class 2]
import type { platform } from '@bindsafe/kernel';

class PortManager {
  readonly bound = new Set<number>();

  unbind(port: number): void {
    this.bound.delete(port);
  }
}

interface SwitchData {
  readonly ports: PortManager;
}

export const switchDriver: platform.Driver<SwitchData> = {
  name: 'h9-switch',
  idTable: [{ compatible: 'acme,switch' }],
  probe() {
    const ports = new PortManager();
    [0, 1, 2, 3].forEach((p) => ports.bound.add(p));
    ports.unbind(3);
    return { ports };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`${data.ports.bound.size} ports still bound`);
  },
};

// A PCI HBA's helper scans its ports with a labelled loop and asserts each port's binding unjustified. [class 3]
import type { pci } from '@bindsafe/kernel';

type PortState = 'up' | 'down' | 'missing';

function logPorts(ports: ReadonlyMap<number, pci.Device | undefined>, states: readonly PortState[]): number {
  let logged = 0;
  outer: for (const [index, port] of ports) {
    switch (states[index]) {
      case 'missing':
        break outer;
      case 'down':
        continue outer;
      default:
        break;
    }
    if (port === undefined) continue;
    port.asRef().unsafeAsBound().info(`port ${index} up`); // expect: bindsafe/require-safety-comment
    logged++;
  }
  return logged;
}

export class HbaData implements Disposable {
  constructor(
    readonly ports: ReadonlyMap<number, pci.Device | undefined>,
    readonly states: readonly PortState[],
  ) {}

  [Symbol.dispose](): void {
    logPorts(this.ports, this.states);
  }
}

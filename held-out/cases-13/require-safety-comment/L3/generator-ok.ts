// A PCI switch enumerates the link state of its downstream ports with a generator that justifies the bound view. [class 2]
import { pci, type devres } from '@bindsafe/kernel';

export type Port = readonly [dev: pci.Device, regs: devres.Devres<pci.Bar>];

function* linkStates(ports: Iterable<Port>): Generator<number, void, undefined> {
  for (const [dev, regs] of ports) {
    // SAFETY: the ports are the switch's own functions, consumed synchronously while its probe runs.
    yield regs.access(dev.asRef().unsafeAsBound()).read16(0x12);
  }
}

export function linksUp(ports: readonly Port[]): number {
  let up = 0;
  for (const state of linkStates(ports)) if (state & 0x2000) up++;
  return up;
}

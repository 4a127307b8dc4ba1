// A PCI switch enumerates the link state of its downstream ports with a generator that reads through an unjustified bound view. [class 2]
import { pci, type devres } from '@bindsafe/kernel';

export type Port = readonly [dev: pci.Device, regs: devres.Devres<pci.Bar>];

function* linkStates(ports: Iterable<Port>): Generator<number, void, undefined> {
  for (const [dev, regs] of ports) {
    yield regs.access(dev.asRef().unsafeAsBound()).read16(0x12); // expect: bindsafe/require-safety-comment
  }
}

export function linksUp(ports: readonly Port[]): number {
  let up = 0;
  for (const state of linkStates(ports)) if (state & 0x2000) up++;
  return up;
}

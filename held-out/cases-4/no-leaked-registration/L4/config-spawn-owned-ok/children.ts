// Registers one child per config entry and hands the registrations back to the caller.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface ChildSpec {
  readonly name: string;
  readonly id: number;
}

export function spawnFromConfig(parent: device.Device<device.Bound>, modname: string, specs: readonly ChildSpec[]): auxiliary.Registration[] {
  const regs: auxiliary.Registration[] = [];
  for (const { name, id } of specs) {
    regs.push(auxiliary.Registration.new(parent, name, id, modname));
  }
  return regs;
}

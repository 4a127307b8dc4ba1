// A PCI NVMe controller's power hooks are object-literal methods, each justified in its own body. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export interface PowerHooks {
  suspend(): void;
  readonly name: string;
}

export function makeHooks(handle: pci.Device, regs: devres.Devres<pci.Bar>): PowerHooks {
  const hooks: PowerHooks = {
    name: 'nvme-pm',
    suspend() {
      // SAFETY: the PM core only calls suspend while the controller is bound.
      regs.access(handle.asRef().unsafeAsBound()).write32(1, 0x14);
    },
  };
  return hooks;
}

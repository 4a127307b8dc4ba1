// A PCI NVMe controller's power hooks are object-literal methods; the comment above the object does not reach into a method body. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export interface PowerHooks {
  suspend(): void;
  readonly name: string;
}

export function makeHooks(handle: pci.Device, regs: devres.Devres<pci.Bar>): PowerHooks {
  // SAFETY: hooks only run while the controller is bound. // expect: bindsafe/require-safety-comment
  const hooks: PowerHooks = {
    name: 'nvme-pm',
    suspend() {
      regs.access(handle.asRef().unsafeAsBound()).write32(1, 0x14); // expect: bindsafe/require-safety-comment
    },
  };
  return hooks;
}

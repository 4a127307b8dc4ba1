// A debug hook is published on globalThis with Object.defineProperty and Reflect.set, but what it publishes are a Normal handle, a Devres container and a string. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

interface DebugHook {
  readonly dev: pci.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

const hookKey = Symbol.for('held.debugHook');

export const tpmDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-tpm',
  idTable: [{ vendor: 0x1014, device: 0x0001 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-tpm');
    regs.access(pdev.asRef()).write32(0x2, 0x00);
    const hook: DebugHook = { dev: pdev.toNormal(), regs };
    Object.defineProperty(globalThis, hookKey, { value: hook, configurable: true, enumerable: false });
    Reflect.set(globalThis, 'heldTpmName', pdev.name);
    return { regs };
  },
};

export function debugAccess(): number | undefined {
  const hook = Reflect.get(globalThis, hookKey) as DebugHook | undefined;
  return hook?.regs.tryAccessWith((bar) => bar.read32(0x04));
}

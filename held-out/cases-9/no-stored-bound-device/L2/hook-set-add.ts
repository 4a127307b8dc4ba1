// [class 7] A platform regulator adds a shutdown hook closure capturing its IoMem to a module-level Set.
import type { platform } from '@bindsafe/kernel';

type Hook = () => void;
const shutdownHooks = new Set<Hook>();

export function runShutdownHooks(): void {
  for (const hook of shutdownHooks) hook();
}

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held9-regulator-hook',
  idTable: [{ compatible: 'acme,regulator' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    shutdownHooks.add(() => io.write32(0, 0x0c)); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

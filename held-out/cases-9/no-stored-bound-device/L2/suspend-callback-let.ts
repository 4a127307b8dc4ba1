// [class 7] A platform display controller assigns a suspend callback closing over its IoMem to a module `let`.
import type { platform } from '@bindsafe/kernel';

export let onSuspend: (() => void) | null = null;

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held9-dc-suspend',
  idTable: [{ compatible: 'acme,dc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    onSuspend = () => { io.write32(0, 0x100); }; // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};

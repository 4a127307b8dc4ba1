// A pinctrl driver registers its IoMem through a barrel-exported helper that pushes it into a module list [class 6]
import type { devres } from '@bindsafe/kernel';
import { registerWindow, type platform } from './lib/index.js';

export const pinctrlDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem>; readonly slot: number }> = {
  name: 'pinctrl-lite',
  idTable: [{ compatible: 'acme,pinctrl' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const window = io.access(pdev.asRef());
    const slot = registerWindow(window); // expect: bindsafe/no-stored-bound-device
    return { io, slot };
  },
};

// A platform reset-controller driver gets a pulse closure over its IoMem from another module's factory and keeps it in a module-level variable for the reboot path. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import { resetPulser, type Pulse } from './reset.js';

let rebootPulse: Pulse | undefined;

export function machineRestart(): void {
  rebootPulse?.(0x1);
}

class ResetController {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly lines: number) {}
}

export const resetDriver: platform.Driver<ResetController> = {
  name: 'reset-simple-lite',
  idTable: [{ compatible: 'snps,dw-low-reset' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const io = res.access(pdev.asRef());
    rebootPulse = resetPulser(io, 0x08); // expect: bindsafe/no-stored-bound-device
    return new ResetController(res, 32);
  },
};

// A GPIO driver calls an @unsafe helper that a barrel re-exports under a new name (`export { a as b } from`), with a SAFETY comment.
import type { platform } from '@bindsafe/kernel';
import { setDir } from './index.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly outputs: number }> = {
  name: 'held-gpio-barrel',
  idTable: [{ compatible: 'vendor,gpio-barrel' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const outputs = [0, 3, 5].reduce((mask, pin) => mask | (1 << pin), 0);
    // SAFETY: the board file muxes pins 0, 3 and 5 as GPIO before this driver binds.
    setDir(io, outputs);
    return { io, outputs };
  },
};

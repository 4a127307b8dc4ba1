// A reset hook closing over the device is stored in a module variable.
import type { platform } from '@bindsafe/kernel';

let onReset: (() => void) | undefined;

export const driver: platform.Driver<{ readonly name: string }> = {
  name: 'held-l2-hook',
  idTable: [{ compatible: 'held,hook' }],
  probe(pdev) {
    const dev = pdev.asRef();
    onReset = () => dev.info('reset requested'); // expect: bindsafe/no-stored-bound-device
    return { name: pdev.name };
  },
};

export function requestReset(): void {
  onReset?.();
}

// [class 4] A platform keypad's same-file helper pushes into the array it is given; unbind gives it an array it created itself.
import type { device, platform } from '@bindsafe/kernel';

interface KeypadData {
  readonly keymap: ReadonlyMap<number, string>;
}

function appendLine(out: string[], line: string): void {
  out.push(line);
}

export const keypadDriver: platform.Driver<KeypadData> = {
  name: 'h8-keypad',
  idTable: [{ compatible: 'acme,matrix-keypad' }],
  probe(_pdev: platform.Device<device.Core>): KeypadData {
    return { keymap: new Map([[0x1c, 'enter']]) };
  },
  unbind(pdev, data) {
    const report: string[] = [];
    for (const [code, key] of data.keymap) appendLine(report, `${code}=${key}`);
    pdev.asRef().info(`h8-keypad: ${report.join(', ')}`);
  },
};

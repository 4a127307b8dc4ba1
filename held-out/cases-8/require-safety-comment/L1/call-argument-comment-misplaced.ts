// A PCI logger card places its SAFETY comment above a safe argument of a multi-line call; the unsafe argument below has none.
import type { device, pci } from '@bindsafe/kernel';

function record(tag: string, level: number, who: string): string {
  return `[${tag}:${level}] ${who}`;
}

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-logger-args',
  idTable: [{ vendor: 0x1fc9, device: 0x3009 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const line = record(
      'unbind',
      // SAFETY: the device stays bound until unbind returns. // expect: bindsafe/require-safety-comment
      3,
      data.handle.unsafeAsBound().name, // expect: bindsafe/require-safety-comment
    );
    data.handle.info(line);
  },
};

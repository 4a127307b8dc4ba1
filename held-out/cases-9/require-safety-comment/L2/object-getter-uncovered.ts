// A PCI GPIO block builds a status object with a getter under a SAFETY comment: an accessor is no callback, so its body's call needs its own comment.
import type { device, pci } from '@bindsafe/kernel';

interface GpioData {
  readonly handle: device.Device;
  readonly lines: number;
}

export function status(data: GpioData) {
  // SAFETY: status() is only used from unbind. // expect: bindsafe/require-safety-comment
  const view = {
    lines: data.lines,
    get owner(): string {
      return data.handle.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
    },
  };
  return view;
}

export const gpioDriver: pci.Driver<GpioData> = {
  name: 'h9-gpio',
  idTable: [{ vendor: 0x8086, device: 0x34c5 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), lines: 32 };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`gpio lines: ${status(data).lines}`);
  },
};

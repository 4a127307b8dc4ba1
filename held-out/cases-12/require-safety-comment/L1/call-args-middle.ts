// A PCI modem reports its teardown; the justification sits above a safe argument, not above the unsafe one. [class 6]
import type { device, pci } from '@bindsafe/kernel';

function report(name: string, bound: device.Device<device.Bound>, code: number): void {
  bound.info(`${name}: teardown code ${code}`);
}

export class ModemData implements Disposable {
  constructor(readonly pdev: pci.Device) {}

  [Symbol.dispose](): void {
    report(
      // SAFETY: the modem is bound while its driver data is dropped. // expect: bindsafe/require-safety-comment
      this.pdev.asRef().name,
      this.pdev.asRef().unsafeAsBound(), // expect: bindsafe/require-safety-comment
      0,
    );
  }
}

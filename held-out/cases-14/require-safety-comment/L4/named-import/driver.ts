// A PCI SATA controller's destructor names its ports through an @unsafe helper imported from another module, bare. [class 3]
import type { pci } from '@bindsafe/kernel';
import { boundName } from './bound.js';

export class SataData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly ports = 6) {}

  [Symbol.dispose](): void {
    const msg = `${boundName(this.pdev.asRef())}: ${Array.from({ length: this.ports }, (_, i) => `ata${i + 1}`).join(',')} offline`; // expect: bindsafe/require-safety-comment
    this.pdev.asRef().toNormal().info(msg);
  }
}

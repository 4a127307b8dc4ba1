// A PCI TPM keeps a describe method that captures a string copy of the name, not the device.
import type { device, pci } from '@bindsafe/kernel';
interface TpmData { readonly bar: pci.Bar; describe(): string }
export const driver: pci.Driver<TpmData> = {
  name: 'h10-tpm-copy',
  idTable: [{ vendor: 0x1af4, device: 0x1093 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-tpm-copy').access(pdev.asRef());
    const name = pdev.name;
    return {
      bar,
      describe() {
        return `tpm ${name} rev ${this.bar.read8(0)}`;
      },
    };
  },
};

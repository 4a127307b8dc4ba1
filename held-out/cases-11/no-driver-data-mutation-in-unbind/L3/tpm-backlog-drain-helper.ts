// A PCI TPM passes its command backlog to a same-file helper that splices it into a local outbox. [class 8]
import type { device, pci } from '@bindsafe/kernel';

interface TpmData {
  readonly backlog: number[];
}

function drainInto(source: number[], out: number[]): void {
  out.push(...source.splice(0));
}

export const tpmDriver: pci.Driver<TpmData> = {
  name: 'h11-tpm',
  idTable: [{ vendor: 0x1014, device: 0x0001 }],

  probe(): TpmData {
    return { backlog: [0x144, 0x17e] };
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<TpmData>): void {
    const outbox: number[] = [];
    drainInto(data.backlog, outbox); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`tpm: ${outbox.length} commands cancelled`);
  },
};

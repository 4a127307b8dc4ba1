// A PCI TPM's same-file helper sorts a copy it makes of the handle list; unbind passes the data's list to it.
import type { device, pci } from '@bindsafe/kernel';

interface TpmData {
  readonly handles: number[];
}

function sortedHandles(handles: readonly number[]): number[] {
  const copy = Array.from(handles);
  copy.sort((a, b) => a - b);
  return copy;
}

export const tpmDriver: pci.Driver<TpmData> = {
  name: 'h8-tpm',
  idTable: [{ vendor: 0x1014, device: 0x0001 }],
  probe(_pdev: pci.Device<device.Core>): TpmData {
    return { handles: [0x80000002, 0x80000001] };
  },
  unbind(pdev, data) {
    const [first] = sortedHandles(data.handles);
    pdev.asRef().info(`h8-tpm: flushing from handle ${first?.toString(16) ?? 'none'}`);
  },
};

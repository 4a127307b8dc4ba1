// A capture card either drops its preview child (probe-only mode) or pushes it into the data's array, in one conditional expression.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface CaptureInfo {
  readonly probeOnly: boolean;
}

interface CaptureData {
  readonly children: auxiliary.Registration[];
}

export const captureDriver: pci.Driver<CaptureData, CaptureInfo> = {
  name: 'held9-capture',
  idTable: [{ vendor: 0x1cd7, device: 0x0010, info: { probeOnly: false } }],
  probe(pdev, info) {
    const data: CaptureData = { children: [] };
    const preview = auxiliary.Registration.new(pdev.asRef(), 'preview', 0, 'held9_capture');
    info?.probeOnly ? void preview.drop() : data.children.push(preview);
    return data;
  },
};

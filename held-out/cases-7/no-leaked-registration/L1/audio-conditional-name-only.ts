// An HDMI controller makes its audio child in a conditional expression but keeps only its name (optional chaining).
import { auxiliary, type pci } from '@bindsafe/kernel';

interface HdmiData {
  readonly audioChild?: string;
}

export const hdmiDriver: pci.Driver<HdmiData, { audio: boolean }> = {
  name: 'held7-hdmi',
  idTable: [{ vendor: 0x1002, device: 0xaab0, info: { audio: true } }],
  probe(pdev, info) {
    const audio = info?.audio
      ? auxiliary.Registration.new(pdev.asRef(), 'hdmi-audio', 0, 'held7_hdmi') // expect: bindsafe/no-leaked-registration
      : undefined;
    return { audioChild: audio?.name };
  },
};

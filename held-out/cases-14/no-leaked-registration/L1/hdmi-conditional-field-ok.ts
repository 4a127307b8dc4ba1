// A display bridge makes its optional HDMI-audio child in a conditional expression written straight into the driver data.
import { auxiliary, type pci } from '@bindsafe/kernel';

const FLAGS = { hdmiAudio: true, dp: false } satisfies Record<string, boolean>;

interface BridgeData {
  readonly audio: auxiliary.Registration | undefined;
  readonly hasAudio: boolean;
}

export const bridgeDriver: pci.Driver<BridgeData> = {
  name: 'dp-bridge',
  idTable: [{ vendor: 0x1002, device: 0x1640 }],
  probe(pdev) {
    const audio = FLAGS.hdmiAudio ? auxiliary.Registration.new(pdev.asRef(), 'hdmi-audio', 0, 'dp_bridge') : undefined;
    return { audio, hasAudio: audio !== undefined };
  },
};

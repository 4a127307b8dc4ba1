// A factory returns the audio and video children as a labelled tuple; probe destructures both into its data.
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

function spawnAudioVideo(parent: device.Device<device.Bound>, id: number): [audio: auxiliary.Registration, video: auxiliary.Registration] {
  return [auxiliary.Registration.new(parent, 'audio', id, 'held4_av'), auxiliary.Registration.new(parent, 'video', id, 'held4_av')];
}

interface Capture {
  readonly regs: devres.Devres<pci.Bar>;
  readonly audio: auxiliary.Registration;
  readonly video: auxiliary.Registration;
}

export const captureDriver: pci.Driver<Capture> = {
  name: 'held4-capture',
  idTable: [{ vendor: 0x1cd7, device: 0x0010 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-capture');
    const [audio, video] = spawnAudioVideo(pdev.asRef(), pdev.revision);
    return { regs, audio, video };
  },
};

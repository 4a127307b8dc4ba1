// The spawn helper returns the codec child and probe keeps it in the data. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function spawnCodec(parent: device.Device<device.Bound>, slot: number): auxiliary.Registration {
  const codec = auxiliary.Registration.new(parent, 'codec', slot, 'snd_hda');
  parent.info(`codec slot ${slot} up`);
  return codec;
}

export const hdaDriver: pci.Driver<{ readonly codecs: readonly [auxiliary.Registration, auxiliary.Registration] }> = {
  name: 'hda-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa348 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const dev = pdev.asRef();
    return { codecs: [spawnCodec(dev, 0), spawnCodec(dev, 1)] as const };
  },
};

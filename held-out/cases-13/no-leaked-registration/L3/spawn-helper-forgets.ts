// A spawn helper makes the codec child and returns nothing; probe calls it for its side effect. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function spawnCodec(parent: device.Device<device.Bound>, slot: number): void {
  auxiliary.Registration.new(parent, 'codec', slot, 'snd_hda');
  parent.info(`codec slot ${slot} up`);
}

export const hdaDriver: pci.Driver<{ readonly slots: number }> = {
  name: 'hda-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa348 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    spawnCodec(pdev.asRef(), 0); // expect: bindsafe/no-leaked-registration
    return { slots: 1 };
  },
};

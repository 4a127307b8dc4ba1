// A media controller pushes each entity's child into the data's own array from a `forEach` callback.
import { auxiliary, type pci } from '@bindsafe/kernel';

const ENTITIES = ['scaler', 'csc', 'compose'];

interface MediaData {
  readonly entities: auxiliary.Registration[];
  readonly model: string;
}

export const driver: pci.Driver<MediaData> = {
  name: 'held6-media-ctl',
  idTable: [{ vendor: 0x14f1, device: 0x8880 }],
  probe(pdev) {
    const parent = pdev.asRef();
    const data: MediaData = { entities: [], model: 'cx-media' };
    ENTITIES.forEach((name, id) => {
      data.entities.push(auxiliary.Registration.new(parent, name, id, 'held6_media'));
    });
    return data;
  },
};

// A touch controller's helper drops the child it makes on one exit and returns only its name on the other.
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function tryGestureEngine(parent: device.Device<device.Bound>, wanted: boolean): string {
  const engine = auxiliary.Registration.new(parent, 'gesture', 0, 'held7_touch');
  if (!wanted) {
    void engine.drop();
    return 'disabled';
  }
  return engine.name;
}

interface TouchData {
  readonly gesture: string;
}

export const touchDriver: platform.Driver<TouchData, { gestures: boolean }> = {
  name: 'held7-touch',
  idTable: [{ compatible: 'vendor,touch', info: { gestures: true } }],
  probe(pdev, info) {
    const gesture = tryGestureEngine(pdev.asRef(), info?.gestures ?? false); // expect: bindsafe/no-leaked-registration
    return { gesture };
  },
};

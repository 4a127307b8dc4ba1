// A platform touch controller formats its data with a same-file helper that only reads it.
import type { platform } from '@bindsafe/kernel';

interface TouchData {
  readonly contacts: number[];
  readonly calibration: { readonly x: number; readonly y: number };
}

function summarize(data: Readonly<TouchData>): string {
  const max = data.contacts.length === 0 ? 0 : Math.max(...data.contacts);
  return `max ${max} contacts, cal ${data.calibration.x}/${data.calibration.y}`;
}

export const touchDriver: platform.Driver<TouchData> = {
  name: 'h9-touch',
  idTable: [{ compatible: 'acme,touch' }],
  probe() {
    return { contacts: [1, 3, 2], calibration: { x: 4, y: -2 } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(summarize(data));
  },
};

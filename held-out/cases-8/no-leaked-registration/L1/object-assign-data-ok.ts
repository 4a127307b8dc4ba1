// A touch controller fills its data with `Object.assign`, including its input child.
import { auxiliary, type platform } from '@bindsafe/kernel';

interface TouchData {
  readonly maxContacts: number;
  input?: auxiliary.Registration;
}

export const touchDriver: platform.Driver<TouchData> = {
  name: 'held8-touch',
  idTable: [{ compatible: 'acme,touch' }],
  probe(pdev) {
    const data: TouchData = { maxContacts: 10 };
    Object.assign(data, { input: auxiliary.Registration.new(pdev.asRef(), 'input', 0, 'held8_touch') });
    return data;
  },
};

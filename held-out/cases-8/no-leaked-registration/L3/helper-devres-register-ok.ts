// A helper makes the child and hands a stack that defers its drop to `devres.register`. [class 1]
import { auxiliary, devres, type device, type platform } from '@bindsafe/kernel';

function spawnManaged(parent: device.Device<device.Bound>, name: string): string {
  const child = auxiliary.Registration.new(parent, name, 0, 'held8_mailbox');
  const stack = new DisposableStack();
  stack.defer(() => void child.drop());
  devres.register(parent, stack);
  return child.name;
}

interface MailboxData {
  readonly childName: string;
}

export const mailboxDriver: platform.Driver<MailboxData> = {
  name: 'held8-mailbox',
  idTable: [{ compatible: 'acme,mailbox' }],
  probe(pdev) {
    return { childName: spawnManaged(pdev.asRef(), 'mbox-client') };
  },
};

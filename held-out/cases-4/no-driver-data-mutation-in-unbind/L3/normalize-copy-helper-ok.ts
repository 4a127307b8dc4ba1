// A helper sorts and dedupes the array it is given in place; unbind only ever gives it a copy of the data's list. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

function normalize(clients: string[]): string[] {
  clients.sort();
  for (let i = clients.length - 1; i > 0; i--) {
    if (clients[i] === clients[i - 1]) clients.splice(i, 1);
  }
  return clients;
}

interface Mailbox {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly clients: readonly string[];
}

export const mailboxDriver: platform.Driver<Mailbox> = {
  name: 'held4-mailbox',
  idTable: [{ compatible: 'held4,mbox' }],
  probe(pdev) {
    return { mmio: pdev.iomapResource(0), clients: ['scmi', 'rproc', 'scmi'] };
  },
  unbind(pdev, data) {
    const clients = normalize([...data.clients]);
    data.mmio.access(pdev.asRef()).write32(0, 0x0c);
    pdev.asRef().info(`mailbox: detaching ${clients.join(', ')}`);
  },
};

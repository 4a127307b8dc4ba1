// A same-file helper builds a fresh Map from the data's jobs; unbind mutates only that returned Map.
import type { devres, pci } from '@bindsafe/kernel';

interface Job {
  readonly client: string;
  readonly bytes: number;
}

function tally(jobs: readonly Job[]): Map<string, number> {
  const byClient = new Map<string, number>();
  for (const job of jobs) byClient.set(job.client, (byClient.get(job.client) ?? 0) + job.bytes);
  return byClient;
}

interface Crypto {
  readonly regs: devres.Devres<pci.Bar>;
  readonly jobs: Job[];
}

export const cryptoDriver: pci.Driver<Crypto> = {
  name: 'held5c-crypto',
  idTable: [{ vendor: 0x8086, device: 0x4940 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held5c-crypto'), jobs: [] };
  },
  unbind(pdev, data) {
    const byClient = tally(data.jobs);
    byClient.delete('kernel');
    data.regs.access(pdev.asRef()).write32(0, 0x00);
    for (const [client, bytes] of byClient) pdev.asRef().info(`held5c-crypto: ${client} lost ${bytes} bytes`);
  },
};

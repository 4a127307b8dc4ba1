// A platform driver whose data class drops its registrations in asyncDispose.
import { auxiliary, type devres, type platform } from '@bindsafe/kernel';

class SocData implements AsyncDisposable {
  constructor(
    readonly res: devres.Devres<platform.IoMem>,
    readonly codec: auxiliary.Registration,
    private readonly extra: auxiliary.Registration[],
  ) {}
  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all(this.extra.map((r) => r.drop()));
    await this.codec.drop();
  }
}

export const driver: platform.Driver<SocData> = {
  name: 'held-nlr-soc',
  idTable: [{ compatible: 'held,soc' }],
  probe(pdev) {
    const dev = pdev.asRef();
    const codec = auxiliary.Registration.new(dev, 'codec', 0, 'held_soc');
    const extra = [auxiliary.Registration.new(dev, 'dsp', 0, 'held_soc')];
    return new SocData(pdev.iomapResource(0), codec, extra);
  },
};

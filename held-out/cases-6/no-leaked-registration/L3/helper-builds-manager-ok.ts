// A media driver's helper builds data → pipeline → stage list of registrations; probe keeps the pipeline. [class 4]
import { auxiliary, device, type pci } from '@bindsafe/kernel';

class StageList {
  constructor(readonly stages: auxiliary.Registration[] = []) {}
}

class Pipeline {
  readonly stages = new StageList();
}

function buildPipeline(parent: device.Device<device.Bound>, names: readonly string[]): Pipeline {
  const pipeline = new Pipeline();
  for (const [i, name] of names.entries()) {
    pipeline.stages.stages.push(auxiliary.Registration.new(parent, name, i, 'held6_pipe'));
  }
  return pipeline;
}

interface MediaData {
  readonly pipeline: Pipeline;
}

export const driver: pci.Driver<MediaData> = {
  name: 'held6-media-pipe',
  idTable: [{ vendor: 0x1d6b, device: 0x0105 }],
  probe(pdev) {
    return { pipeline: buildPipeline(pdev.asRef(), ['demux', 'decode', 'scale']) };
  },
};

// A platform camera fills its line buffer through a static method of a same-file utility class (not a method of the data)
import type { devres, platform } from '@bindsafe/kernel';

interface LineBuffer {
  readonly pixels: number[];
  cursor: number;
}

abstract class BufferOps {
  static blank(buf: LineBuffer, value = 0): void {
    buf.pixels.fill(value);
  }
  static used(buf: Readonly<LineBuffer>): number {
    return buf.cursor;
  }
}

interface CamData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly line: LineBuffer;
}

export const socCamera: platform.Driver<CamData> = {
  name: 'soc-camera',
  idTable: [{ compatible: 'vendor,soc-camera' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), line: { pixels: new Array<number>(640).fill(0), cursor: 0 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    pdev.asRef().info(`soc-camera: ${BufferOps.used(data.line)} pixels captured`);
    BufferOps.blank(data.line); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};

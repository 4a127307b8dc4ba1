// A device registry that does not import the model at all: it stores whatever it likes in module state.
interface FakeDevice {
  readonly name: string;
  poke(): void;
}

const everything: FakeDevice[] = [];
let newest: FakeDevice | undefined;

export function probe(dev: FakeDevice): void {
  everything.push(dev);
  newest = dev;
  setTimeout(() => dev.poke(), 10);
}

export function latest(): string {
  return newest?.name ?? 'none';
}

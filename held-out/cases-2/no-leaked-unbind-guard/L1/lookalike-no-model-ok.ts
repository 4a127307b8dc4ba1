// Look-alike names with no import of the model: a home-made guard whose parent is cached. [class 2]
interface Parent {
  readonly name: string;
}

class UnbindGuard {
  constructor(readonly parent: Parent) {}
  release(): void {}
}

const cache: Parent[] = [];

export function enter(name: string): number {
  const guard = new UnbindGuard({ name });
  cache.push(guard.parent);
  return cache.length;
}

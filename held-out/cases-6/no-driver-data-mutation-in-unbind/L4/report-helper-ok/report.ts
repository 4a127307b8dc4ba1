// Formats a crypto engine's state for the unbind log; reads only, copies before sorting.
export interface EngineState {
  readonly algs: string[];
  readonly queued: Set<number>;
}

export function report(state: EngineState): string {
  const algs = [...state.algs].sort();
  const queued = new Set(state.queued);
  queued.add(-1);
  return `${algs.join('/')} with ${queued.size - 1} queued`;
}

// @ts-check
/** Entities: a record interface, a discriminated union of its events, a type guard, factories. */
import { relativeSpecifier } from '../source-writer.mjs';

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/** @param {SourceWriter} w @param {FileSpec} spec @param {readonly FileSpec[]} specs */
export function writeEntity(w, spec, specs) {
  const i = spec.index;
  const linked = spec.imports.map((j) => /** @type {FileSpec} */ (specs[j])).find((s) => s.kind === 'entity');
  if (linked) w.import(relativeSpecifier(spec.path, linked.path), [`type Rec${linked.index}`]);
  w.add(`/** The lifecycle of a record of kind ${i}. */
export type Status${i} = 'idle' | 'busy' | 'done' | 'failed';

/** A record of kind ${i}. */
export interface Rec${i} {
  readonly id: number;
  name: string;
  status: Status${i};
  tags: string[];
  weight: number;${linked ? `\n  link?: Rec${linked.index};` : ''}
}

export type Event${i} =
  | { readonly kind: 'created'; readonly rec: Rec${i} }
  | { readonly kind: 'updated'; readonly rec: Rec${i}; readonly prev: Status${i} }
  | { readonly kind: 'removed'; readonly id: number };

export function isRec${i}(value: unknown): value is Rec${i} {
  return typeof value === 'object' && value !== null && 'id' in value && 'name' in value && 'status' in value;
}

export function makeRec${i}(id: number, name: string, tags: readonly string[] = []): Rec${i} {
  return { id, name, status: 'idle', tags: [...tags], weight: (id * ${(i % 7) + 3}) % 11 };
}

export function describe${i}(event: Event${i}): string {
  switch (event.kind) {
    case 'created':
      return \`+\${event.rec.name}\`;
    case 'updated':
      return \`~\${event.rec.name} (\${event.prev} -> \${event.rec.status})\`;
    case 'removed':
      return \`-\${event.id}\`;
  }
}

export function advance${i}(rec: Rec${i}): Event${i} {
  const prev = rec.status;
  rec.status = prev === 'idle' ? 'busy' : prev === 'busy' ? 'done' : prev;
  return { kind: 'updated', rec, prev };
}`);
  if (spec.extra >= 1) {
    w.add(`
export function summarize${i}(recs: readonly Rec${i}[]): Record<Status${i}, number> {
  const out: Record<Status${i}, number> = { idle: 0, busy: 0, done: 0, failed: 0 };
  for (const rec of recs) out[rec.status] += 1;
  return out;
}`);
  }
  if (spec.extra >= 2) {
    w.add(`
export const byWeight${i} = (a: Rec${i}, b: Rec${i}): number => a.weight - b.weight || a.name.localeCompare(b.name);

export function topTags${i}(recs: readonly Rec${i}[], limit = 3): string[] {
  const counts = new Map<string, number>();
  for (const tag of recs.flatMap((r) => r.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([, a], [, b]) => b - a)
    .slice(0, limit)
    .map(([tag]) => tag);
}`);
  }
  if (spec.extra >= 3) {
    w.add(`
export function parseRec${i}(json: string): Rec${i} | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return isRec${i}(value) ? value : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}`);
  }
}

import type * as ts from 'typescript';
import type { AnalysisContext } from './context.js';
import { DepthExceeded, type Semantics } from './interpreter.js';
import { summarise } from './summary-build.js';
import { borrowingSummary, summaryFacts, type Summary } from './summary-types.js';

/**
 * One entry of the summary schedule: a function to summarise, and the entry whose summary asked
 * for it (its chain of callers: a function asked for by one of its own callees is a recursion).
 */
interface Entry {
  readonly fn: ts.FunctionLikeDeclaration;
  readonly caller: Entry | undefined;
}

/** A function that could not be summarised, and why. */
export interface SummaryFailure {
  readonly fn: ts.FunctionLikeDeclaration;
  readonly reason: string;
}

/** A summary computed against assumed summaries of recursion heads still being settled. */
interface Tentative {
  readonly summary: Summary;
  /** The heads it was computed against. */
  readonly heads: Set<ts.Node>;
}

/** The scheduling state of one program's summaries. */
interface SummaryRun {
  /** The entry whose summary is being computed (`undefined`: none, a report is asking). */
  current: Entry | undefined;
  /** Callees the current summary asked for that had no summary yet: computed, then it is redone. */
  missing: Set<ts.FunctionLikeDeclaration>;
  /** Recursion heads whose assumed summary the current summary used. */
  heads: Set<ts.Node>;
  /** Failed summaries the current summary used. */
  used: Set<SummaryFailure>;
  /** How many schedules are open inside one another (each one a summary computed during another's). */
  nesting: number;
  /** After a stack overflow from nesting: every summary is computed on the explicit stack alone. */
  flat: boolean;
  /** For each recursion head (a function met again on its own chain), the summary assumed for it. */
  readonly assumed: Map<ts.Node, Summary>;
  /** Rounds computed so far for each recursion head. */
  readonly rounds: Map<ts.Node, number>;
  readonly tentative: Map<ts.Node, Tentative>;
  /** For each summary, the failed summaries it was computed from (its own failure included). */
  readonly tainted: Map<ts.Node, readonly SummaryFailure[]>;
  /** Failed summaries used since the last `takeSummaryFailures` (by the report being made). */
  readonly seen: Set<SummaryFailure>;
}

const runs = new WeakMap<AnalysisContext, SummaryRun>();

function runOf(ctx: AnalysisContext): SummaryRun {
  let run = runs.get(ctx);
  if (!run) {
    run = {
      current: undefined,
      missing: new Set(),
      heads: new Set(),
      used: new Set(),
      nesting: 0,
      flat: false,
      assumed: new Map(),
      rounds: new Map(),
      tentative: new Map(),
      tainted: new Map(),
      seen: new Set(),
    };
    runs.set(ctx, run);
  }
  return run;
}

/**
 * Summaries opened inside one another before further callees wait on the explicit stack: a
 * summary needs its callees' first, and computing them on the spot (as a plain recursion would)
 * costs no second pass over the caller. Deeper chains are not limited by this: past it, a caller
 * is interpreted once to learn what it calls, those are summarised, then the caller again.
 */
const maxNesting = 24;

/** Rounds of a recursion before its last summary is taken as it is (and said to be unsettled). */
const maxRounds = 8;

/**
 * The summary of a function, computed on first use and memoised for the program. Every summary is
 * computed from the final summaries of the functions it calls, whatever the depth of the chain of
 * helpers (callees wait on an explicit stack, not on JavaScript's), so a summary never depends on
 * which file asked first.
 *
 * Recursion is settled to a fixpoint: a function met again on its own chain of callers (the head)
 * is first assumed to borrow its arguments; the functions of the cycle are summarised against
 * that, then again against the head's new summary, until it no longer changes. A body that
 * cannot be interpreted, or a recursion that does not settle within `maxRounds`, borrows (or keeps
 * its last summary) and is recorded (`takeSummaryFailures`) so the report says so.
 */
export function getSummary(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration, semantics: Semantics): Summary {
  const run = runOf(ctx);
  const known = lookup(ctx, run, fn);
  if (known) return known;
  const current = run.current;
  if (current && onChain(current, fn)) {
    run.heads.add(fn);
    return run.assumed.get(fn) ?? borrowingSummary;
  }
  if (current && (run.flat || run.nesting >= maxNesting)) {
    run.missing.add(fn);
    return borrowingSummary;
  }
  schedule(ctx, run, fn, semantics);
  return lookup(ctx, run, fn) ?? borrowingSummary;
}

/** A final or tentative summary of `fn`, noting on the way what the asker now depends on. */
function lookup(ctx: AnalysisContext, run: SummaryRun, fn: ts.Node): Summary | undefined {
  let summary = ctx.summaries.get(fn);
  if (!summary) {
    const tentative = run.tentative.get(fn);
    if (!tentative) return undefined;
    for (const h of tentative.heads) run.heads.add(h);
    summary = tentative.summary;
  }
  for (const f of run.tainted.get(fn) ?? []) (run.current ? run.used : run.seen).add(f);
  return summary;
}

function onChain(entry: Entry, fn: ts.Node): boolean {
  for (let e: Entry | undefined = entry; e; e = e.caller) if (e.fn === fn) return true;
  return false;
}

function isDone(ctx: AnalysisContext, run: SummaryRun, fn: ts.Node): boolean {
  return ctx.summaries.has(fn) || run.tentative.has(fn);
}

/** Summarises `root` and every callee it needs first, deepest first, on an explicit stack. */
function schedule(ctx: AnalysisContext, run: SummaryRun, root: ts.FunctionLikeDeclaration, semantics: Semantics): void {
  const outer = { current: run.current, missing: run.missing, used: run.used, heads: run.heads };
  run.nesting++;
  try {
    const stack: Entry[] = [{ fn: root, caller: run.current }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Entry;
      if (isDone(ctx, run, top.fn)) {
        stack.pop();
        continue;
      }
      run.current = top;
      run.missing = new Set();
      run.used = new Set();
      run.heads = new Set();
      let summary: Summary;
      let failure: string | undefined;
      try {
        summary = summarise(ctx, top.fn, semantics);
      } catch (error) {
        if (error instanceof RangeError && !run.flat) {
          // JavaScript's stack ran out with summaries open inside one another: unwind to the
          // outermost schedule, which redoes the work on the explicit stack alone.
          if (run.nesting > 1) throw error;
          run.flat = true;
          continue;
        }
        summary = borrowingSummary;
        failure = describeFailure(error);
      }
      const missing = [...run.missing].filter((m) => !isDone(ctx, run, m));
      if (failure === undefined && missing.length > 0) {
        for (const m of missing) stack.push({ fn: m, caller: top });
        continue;
      }
      const heads = new Set(run.heads);
      if (heads.has(top.fn) && failure === undefined) {
        const rounds = (run.rounds.get(top.fn) ?? 0) + 1;
        run.rounds.set(top.fn, rounds);
        const settled = summaryFacts(summary) === summaryFacts(run.assumed.get(top.fn) ?? borrowingSummary);
        if (!settled && rounds < maxRounds) {
          // Another round: the cycle's functions again, against this summary of the head.
          run.assumed.set(top.fn, summary);
          for (const [f, t] of run.tentative) if (t.heads.has(top.fn)) run.tentative.delete(f);
          continue;
        }
        if (!settled) failure = `its recursion did not settle after ${maxRounds} rounds`;
      }
      if (heads.has(top.fn)) settle(ctx, run, top.fn, heads);
      record(ctx, run, top.fn, summary, heads, failure);
      stack.pop();
    }
  } finally {
    run.nesting--;
    run.current = outer.current;
    run.missing = outer.missing;
    run.used = outer.used;
    run.heads = outer.heads;
  }
}

/**
 * The head `fn` is settled: the summaries computed against it now depend only on the heads it
 * itself depended on (`heads`, less `fn`), and are final when that leaves none.
 */
function settle(ctx: AnalysisContext, run: SummaryRun, fn: ts.Node, heads: Set<ts.Node>): void {
  heads.delete(fn);
  run.assumed.delete(fn);
  // Settled against an outer head's assumption, it may be redone in that head's next round: afresh.
  run.rounds.delete(fn);
  for (const [f, t] of [...run.tentative]) {
    if (!t.heads.has(fn)) continue;
    t.heads.delete(fn);
    for (const h of heads) t.heads.add(h);
    if (t.heads.size === 0) {
      run.tentative.delete(f);
      ctx.summaries.set(f, t.summary);
    }
  }
}

function record(ctx: AnalysisContext, run: SummaryRun, fn: ts.FunctionLikeDeclaration, summary: Summary, heads: ReadonlySet<ts.Node>, failure: string | undefined): void {
  const taint = new Set(run.used);
  if (failure !== undefined) taint.add({ fn, reason: failure });
  if (taint.size > 0) run.tainted.set(fn, [...taint]);
  if (heads.size === 0) ctx.summaries.set(fn, summary);
  else run.tentative.set(fn, { summary, heads: new Set(heads) });
}

function describeFailure(error: unknown): string {
  if (error instanceof DepthExceeded || error instanceof RangeError) return 'its body is nested too deeply to analyse';
  return `internal error (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * The functions whose summaries could not be computed and that the findings made since the last
 * call depend on (called directly, or by a helper they call): calls to them were taken to borrow
 * their arguments, which the report must say.
 */
export function takeSummaryFailures(ctx: AnalysisContext): SummaryFailure[] {
  const run = runs.get(ctx);
  if (!run) return [];
  const out = [...run.seen];
  run.seen.clear();
  return out;
}

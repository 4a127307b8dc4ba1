import type * as ts from 'typescript';
import type { AnalysisContext } from './context.js';
import { DepthExceeded } from './interpreter.js';
import { summarise } from './summary-build.js';
import { borrowingSummary, type Summary } from './summary-types.js';

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

/** The scheduling state of one program's summaries. */
interface SummaryRun {
  /** The entry whose summary is being computed (`undefined`: none, a report is asking). */
  current: Entry | undefined;
  /** Callees the current summary asked for that had no summary yet: computed, then it is redone. */
  missing: Set<ts.FunctionLikeDeclaration>;
  /** How many schedules are open inside one another (each one a summary computed during another's). */
  nesting: number;
  /** After a stack overflow from nesting: every summary is computed on the explicit stack alone. */
  flat: boolean;
  readonly failures: Map<ts.Node, SummaryFailure>;
  /** For each summary, the failed summaries it was computed from (its own failure included). */
  readonly tainted: Map<ts.Node, readonly SummaryFailure[]>;
  /** Failed summaries the current summary used. */
  used: Set<SummaryFailure>;
  /** Failed summaries used since the last `takeSummaryFailures` (by the report being made). */
  readonly seen: Set<SummaryFailure>;
}

const runs = new WeakMap<AnalysisContext, SummaryRun>();

function runOf(ctx: AnalysisContext): SummaryRun {
  let run = runs.get(ctx);
  if (!run) {
    run = { current: undefined, missing: new Set(), nesting: 0, flat: false, failures: new Map(), tainted: new Map(), used: new Set(), seen: new Set() };
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

/**
 * The summary of a function, computed on first use and memoised for the program. Every summary is
 * computed from the final summaries of the functions it calls, whatever the depth of the chain of
 * helpers (callees wait on an explicit stack, not on JavaScript's), so a summary never depends on
 * which file asked first. Recursion borrows: a function asked for by one of its own callees,
 * directly or through others, is taken to borrow its arguments there. A body that cannot be
 * interpreted borrows too, and is recorded (`takeSummaryFailures`) so the report says so.
 */
export function getSummary(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): Summary {
  const run = runOf(ctx);
  const cached = ctx.summaries.get(fn);
  if (cached !== undefined && cached !== 'pending') return use(run, fn, cached);
  const current = run.current;
  if (current && onChain(current, fn)) return borrowingSummary;
  if (current && (run.flat || run.nesting >= maxNesting)) {
    run.missing.add(fn);
    return borrowingSummary;
  }
  schedule(ctx, run, fn);
  return use(run, fn, ctx.summaries.get(fn) as Summary);
}

/** The failures a report (or the summary being computed) now depends on, noted on the way. */
function use(run: SummaryRun, fn: ts.Node, summary: Summary): Summary {
  for (const f of run.tainted.get(fn) ?? []) (run.current ? run.used : run.seen).add(f);
  return summary;
}

function onChain(entry: Entry, fn: ts.Node): boolean {
  for (let e: Entry | undefined = entry; e; e = e.caller) if (e.fn === fn) return true;
  return false;
}

/** Summarises `root` and every callee it needs first, deepest first, on an explicit stack. */
function schedule(ctx: AnalysisContext, run: SummaryRun, root: ts.FunctionLikeDeclaration): void {
  const outer = { current: run.current, missing: run.missing, used: run.used };
  run.nesting++;
  try {
    const stack: Entry[] = [{ fn: root, caller: run.current }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Entry;
      if (isFinal(ctx, top.fn)) {
        stack.pop();
        continue;
      }
      run.current = top;
      run.missing = new Set();
      run.used = new Set();
      let summary: Summary;
      let failure: string | undefined;
      try {
        summary = summarise(ctx, top.fn);
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
      const missing = [...run.missing].filter((m) => !isFinal(ctx, m));
      if (failure === undefined && missing.length > 0) {
        for (const m of missing) stack.push({ fn: m, caller: top });
        continue;
      }
      const taint = new Set(run.used);
      if (failure !== undefined) {
        const own = { fn: top.fn, reason: failure };
        run.failures.set(top.fn, own);
        taint.add(own);
      }
      if (taint.size > 0) run.tainted.set(top.fn, [...taint]);
      ctx.summaries.set(top.fn, summary);
      stack.pop();
    }
  } finally {
    run.nesting--;
    run.current = outer.current;
    run.missing = outer.missing;
    run.used = outer.used;
  }
}

function isFinal(ctx: AnalysisContext, fn: ts.Node): boolean {
  const s = ctx.summaries.get(fn);
  return s !== undefined && s !== 'pending';
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

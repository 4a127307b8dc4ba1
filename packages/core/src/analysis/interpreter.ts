import type * as ts from 'typescript';
import type { AnalysisContext, FunctionLike } from './context.js';
import type { AnalysisEvent } from './events.js';
import type { Completion, Frame, FrameSetup, Mode, Target } from './frames.js';
import { State, type VarKey } from './state.js';
import { isScoped, reachable, type AbstractValue } from './values.js';

/**
 * The semantic modules the core dispatches to. The core (this file, frames.ts, state.ts,
 * values.ts, events.ts, context.ts, summary-types.ts) imports none of them: what an expression evaluates to, how a
 * pattern binds, how a completion leaves the statements around it, what a frame owes at its end…
 * are each one module's business, assembled into one table by semantics.ts and handed to every
 * Interpreter. Each entry is the named module's exported function of the same name, but
 * `callHooks`, a list of the idioms recognised at calls.
 */
export interface Semantics {
  /** evaluate.ts: the abstract values an expression may hold (and what evaluating it observes). */
  readonly evaluate: (it: Interpreter, node: ts.Expression) => AbstractValue[];
  /** bindings.ts: binds a declaration's name or destructuring pattern. */
  readonly bindPattern: (it: Interpreter, name: ts.BindingName, values: AbstractValue[]) => void;
  /** stores.ts: assigns to a variable, property, element or pattern, checking what the store lets escape. */
  readonly assignTarget: (it: Interpreter, target: ts.Node, values: AbstractValue[], node: ts.Node) => void;
  /** statements.ts: executes a statement. */
  readonly execStatement: (it: Interpreter, node: ts.Statement) => void;
  /** completions.ts: ends the current path with an abrupt completion (`return` here). */
  readonly complete: (it: Interpreter, completion: Completion) => void;
  /** disposal.ts: disposes what a block's `using` declarations hold, last first. */
  readonly disposeValues: (it: Interpreter, values: readonly AbstractValue[], at: ts.Node) => void;
  /** obligations.ts: what a frame must have done by its end (release its guards, account for its registrations). */
  readonly checkFrameObligations: (it: Interpreter, frame: Frame) => void;
  /** driver-data.ts: what a `probe` returns as driver data. */
  readonly checkDriverData: (it: Interpreter, returned: readonly AbstractValue[], node: ts.Node) => void;
  /** closures.ts: the closures a root returns, run later with what they capture. */
  readonly runReturnedClosures: (it: Interpreter, returned: readonly AbstractValue[]) => void;
  /** value-kinds.ts: the value that stands for a part (an element) of a scoped value. */
  readonly partOf: (ctx: AnalysisContext, v: AbstractValue) => AbstractValue;
  /**
   * The idioms recognised at calls (disposable stacks, promises, `bind` / `call` / `apply`,
   * higher-order built-ins…), each its module's `CallHook`, asked in this order by calls.ts.
   */
  readonly callHooks: readonly CallHook[];
}

/**
 * A call as the call hooks see it; calls.ts makes one per call it evaluates, after the callee
 * (`f`) or the receiver (`o` of `o.m(…)`, `o[k](…)`) is evaluated, before the arguments are.
 */
export interface CallSite {
  readonly call: ts.CallExpression;
  /** The callee, parentheses skipped. */
  readonly callee: ts.Expression;
  /** The name it calls (`f`, `o.m`, `o['m']`), and the node that names it. */
  readonly name: string | undefined;
  readonly nameNode: ts.Node | undefined;
  /** What `o` of `o.m(…)` / `o[k](…)` may hold (`undefined`: no receiver). */
  readonly receiver: readonly AbstractValue[] | undefined;
  /** What the callee may hold, when it is not a member (`f(…)`, `f()(…)`). */
  readonly calleeValues: readonly AbstractValue[];
  /**
   * The arguments' values, evaluated at the first ask and remembered (a variable passed as it is
   * is used by the call: a use after a release or a move is reported at the call).
   */
  args(): AbstractValue[][];
}

/** `new C(…)` as the call hooks see it; calls.ts makes one, before the arguments are evaluated. */
export interface ConstructSite {
  readonly node: ts.NewExpression;
  /** The name of the class written (`C` of `new C(…)` or `new ns.C(…)`), and its node. */
  readonly className: string | undefined;
  readonly nameNode: ts.Node;
  /** The arguments' values, evaluated at the first ask and remembered. */
  args(): AbstractValue[][];
}

/**
 * One idiom recognised at calls, exported by the semantic module that holds it and listed in
 * `Semantics.callHooks`; calls.ts asks each hook in turn at each stage of a call and imports none
 * of them. A stage answers with the call's result, or `undefined` to leave the call to the next
 * hook and then to calls.ts's general handling (the model's calls, closures, summaries). A hook
 * implements only the stages it needs.
 */
export interface CallHook {
  /** The idiom (for the reader). */
  readonly name: string;
  /**
   * A call recognised by its callee or receiver, asked first (before the model's own methods),
   * with the arguments not yet evaluated: a hook that takes the call evaluates them
   * (`site.args()`) if it needs them.
   */
  readonly beforeArguments?: (it: Interpreter, site: CallSite) => AbstractValue[] | undefined;
  /** After the arguments, when no closure was called: a call of a value the idiom made (a resolve function). */
  readonly afterArguments?: (it: Interpreter, site: CallSite, args: readonly AbstractValue[][]) => AbstractValue[] | undefined;
  /** A callee whose body bindsafe cannot see (a built-in), called with something a rule follows. */
  readonly builtin?: (it: Interpreter, site: CallSite, args: readonly AbstractValue[][]) => AbstractValue[] | undefined;
  /**
   * Whether the built-in `name` runs the callbacks it is given during the call: calls.ts then hands
   * the call to `builtin` even when nothing tracked goes in, and does not run the callbacks itself.
   */
  readonly runsCallbacks?: (name: string) => boolean;
  /** `new C(…)` of a class the idiom knows, asked after the model's own classes. */
  readonly construct?: (it: Interpreter, site: ConstructSite) => AbstractValue[] | undefined;
}

export class DepthExceeded extends Error {
  constructor(readonly node: ts.Node) {
    super('expression nested too deeply');
  }
}

const maxDepth = 400;

/**
 * An abstract interpreter over the TypeScript AST: it walks statements in order, forks at
 * branches and joins after them, and evaluates expressions to the abstract values they may hold.
 * This class is the core: its state, frames, events and bookkeeping, and the entry points
 * (`runFrame`, `exec`, `eval`, `bind`, `assignTo`, `escape`) that the semantic modules call and
 * that dispatch to them through `semantics`.
 * What it observes (escapes, uses after release/await/move/drop, leaks, mutations) it records as
 * events; the caller decides whether they become findings (reporting) or a summary.
 */
export class Interpreter {
  state = new State();
  readonly frames: Frame[] = [];
  readonly events: AnalysisEvent[] = [];
  /** Names of every variable bound so far: reading any other name needs no symbol lookup. */
  readonly boundNames = new Set<string>();
  /** The symbols bound under each name (one, almost always). */
  readonly bindingsByName = new Map<string, ts.Symbol[]>();
  /** Values already reported as escaped: later uses and stores of them are not reported again. */
  readonly escaped = new Set<AbstractValue>();
  /** Escapes already reported, by value root and sink. */
  readonly reportedEscapes = new Set<string>();
  /** Values whose escape a deferred callback's capture already reported (its body is a later use). */
  readonly suppressedEscapes = new Set<AbstractValue>();
  /** Registrations that are owned, dropped or handed on. */
  readonly accountedRegistrations = new Set<AbstractValue>();
  /** Objects made here and then stored in a long-lived place (a module variable, a static field): stores into them outlive everything. */
  readonly longLived = new Set<AbstractValue>();
  /** Registrations dropped somewhere: accounted for only on the paths where the drop happened (obligations.ts). */
  readonly droppedRegistrations = new Set<AbstractValue>();
  /** Guards declared with `using`. */
  readonly usingGuards = new Set<AbstractValue>();
  /** Uses already reported, by value root and kind. */
  readonly reportedUses = new Set<string>();
  /** Summary mode: parameter values stored into other parameters' objects. */
  readonly flows: { from: number; to: number; node: ts.Node }[] = [];
  /** Summary mode: parameters used after an `await` of the summarised async function. */
  readonly paramUsesAfterAwait = new Map<number, ts.Node>();
  depth = 0;
  /** Registrations and unregistered devices read from fields, by access path, in the current root. */
  readonly places = new Map<string, AbstractValue>();
  /** In a summary, the value standing for the elements of each parameter value (`elementsOf`). */
  private readonly elementParts = new Map<AbstractValue, AbstractValue>();
  /** Summary mode: registrations the function creates and leaks (reported at its callers). */
  readonly leakedRegistrations: { node: ts.Node; through: readonly { node: ts.Node; message: string }[] }[] = [];
  /** Summary mode: registrations stored into a parameter's object (`this.children.push(reg)`): its owner is the caller's argument. */
  readonly paramRegistrations: { registration: AbstractValue; param: number; path: readonly string[]; node: ts.Node }[] = [];
  /** Summary mode: unregistered devices read through a parameter's property path (`slot.udev`), once per path. */
  readonly paramUsesAlong: { param: number; path: readonly string[]; node: ts.Node }[] = [];
  /** Summary mode: registered-only operations the function performs on a parameter. */
  readonly paramRegisteredOps = new Map<number, { node: ts.Node; op: string }>();
  /** For each block being executed, the values its `using` declarations dispose at its end. */
  private readonly blockDisposals: AbstractValue[][] = [];
  /** Where a use counts as happening while a variable passed directly to a call is read: the call. */
  useSite: ts.Node | undefined = undefined;
  /** Set while evaluating the argument a registration consumes (that read is the move itself). */
  suppressMoveUses = false;

  constructor(
    readonly ctx: AnalysisContext,
    readonly mode: Mode,
    /** Function nodes interpreted so far (inline or as roots). */
    readonly analysed: Set<ts.Node>,
    /** The semantic modules (semantics.ts assembles them). */
    readonly semantics: Semantics,
  ) {}

  get ts(): AnalysisContext['ts'] {
    return this.ctx.ts;
  }

  get frame(): Frame {
    const f = this.frames[this.frames.length - 1];
    if (!f) throw new Error('no frame');
    return f;
  }

  emit(event: AnalysisEvent): void {
    this.events.push(event);
  }

  // ---- frames -------------------------------------------------------------------------------

  /** Interprets a function body (or a source file's statements) as a new frame. */
  runFrame(fn: FunctionLike | ts.SourceFile, setup: FrameSetup): Frame {
    const tsm = this.ts;
    this.analysed.add(fn);
    const isAsync =
      !tsm.isSourceFile(fn) && (tsm.getCombinedModifierFlags(fn as ts.Declaration) & tsm.ModifierFlags.Async) !== 0;
    const frame: Frame = {
      fn,
      isAsync,
      thisKey: { thisOf: fn },
      returns: [],
      exits: [],
      setup,
      targets: [],
      guards: [],
      registrations: [],
    };
    const awaitedBefore = this.state.awaited;
    const deadBefore = this.state.dead;
    if (setup.sectionCallee !== undefined) this.state.awaited = undefined;
    this.frames.push(frame);
    try {
      if (!tsm.isArrowFunction(fn) && !tsm.isSourceFile(fn)) this.state.set(frame.thisKey, [...setup.thisValues]);
      if (tsm.isSourceFile(fn)) {
        this.execStatements(fn.statements);
      } else {
        fn.parameters.forEach((p, i) => {
          const values = setup.params(i, p);
          if (p.initializer) values.push(...this.eval(p.initializer));
          this.bind(p.name, values);
        });
        const body = fn.body;
        if (body && tsm.isBlock(body)) this.execBlock(body);
        else if (body) this.returnValues(this.eval(body), body);
      }
      if (!this.state.dead) frame.exits.push(this.state.clone());
      this.semantics.checkFrameObligations(this, frame);
    } finally {
      this.frames.pop();
      // The caller goes on from wherever the callee could have left.
      if (frame.exits.length > 0) this.state = State.join(frame.exits);
      // A registration still pending only on a path that threw is owed nothing after a normal return.
      const normal = frame.exits.filter((s) => !s.threw);
      if (normal.length > 0 && normal.length < frame.exits.length) this.state.keepPendingOf(normal);
      this.state.awaited = awaitedBefore;
      this.state.dead = deadBefore;
    }
    return frame;
  }

  /** The frame whose `this` a `this` expression at the current point denotes. */
  thisFrame(): Frame | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f && !this.ts.isArrowFunction(f.fn)) return f;
    }
    return undefined;
  }

  isOnStack(fn: ts.Node): boolean {
    return this.frames.some((f) => f.fn === fn);
  }

  // ---- variables ----------------------------------------------------------------------------

  bind(name: ts.BindingName, values: AbstractValue[]): void {
    this.semantics.bindPattern(this, name, values);
  }

  bindIdentifier(id: ts.Identifier, values: AbstractValue[]): void {
    // A variable that holds nothing tracked needs no entry (until something is assigned to it),
    // unless an earlier pass (a loop) left values under the same declaration.
    if (values.length === 0 && !this.boundNames.has(id.text)) return;
    const symbol = this.ctx.checker.getSymbolAtLocation(id);
    if (!symbol) return;
    if (values.length === 0 && this.state.get(symbol) === undefined) return;
    this.noteBinding(id.text, symbol);
    this.state.set(symbol, values);
  }

  /** Records that `name` denotes `symbol` in the code interpreted so far. */
  noteBinding(name: string, symbol: ts.Symbol): void {
    this.boundNames.add(name);
    const symbols = this.bindingsByName.get(name);
    if (!symbols) this.bindingsByName.set(name, [symbol]);
    else if (!symbols.includes(symbol)) symbols.push(symbol);
  }

  /** The values a variable may hold, or `undefined` when it is not a variable bound here. */
  lookup(key: VarKey): AbstractValue[] | undefined {
    return this.state.get(key);
  }

  // ---- statements ---------------------------------------------------------------------------

  execStatements(statements: readonly ts.Statement[]): void {
    for (const s of statements) {
      if (this.state.dead) return;
      this.semantics.execStatement(this, s);
    }
  }

  /** Executes a statement (statements.ts). */
  exec(node: ts.Statement): void {
    this.semantics.execStatement(this, node);
  }

  /**
   * A block (or a function body); what its `using` declarations hold is disposed when it ends,
   * normally or by an abrupt completion. `afterEach` runs after each of its statements.
   */
  execBlock(block: ts.Block, afterEach?: () => void): void {
    const disposals: AbstractValue[] = [];
    const dispose = (): void => {
      if (disposals.length > 0) this.semantics.disposeValues(this, [...disposals].reverse(), block);
    };
    this.blockDisposals.push(disposals);
    const targets = this.frame.targets;
    const cleanup: Target = { kind: 'cleanup', run: dispose };
    targets.push(cleanup);
    try {
      for (const s of block.statements) {
        if (this.state.dead) break;
        this.semantics.execStatement(this, s);
        afterEach?.();
      }
    } finally {
      this.blockDisposals.pop();
      const i = targets.lastIndexOf(cleanup);
      if (i >= 0) targets.splice(i, 1);
    }
    if (!this.state.dead) dispose();
  }

  /** Values the innermost block being executed disposes at its end (its `using` declarations, see disposal.ts). */
  disposeAtBlockEnd(values: readonly AbstractValue[]): void {
    this.blockDisposals[this.blockDisposals.length - 1]?.push(...values);
  }

  /** Records a return (or the value of an expression-bodied arrow) and ends the path. */
  returnValues(values: AbstractValue[], node: ts.Node): void {
    const frame = this.frame;
    for (const v of values) if (!frame.returns.includes(v)) frame.returns.push(v);
    this.checkReturnEscapes(values, node);
    if (frame.setup.role === 'probe') this.semantics.checkDriverData(this, values, node);
    else if (this.mode === 'report' && this.frames.length === 1) this.semantics.runReturnedClosures(this, values);
    this.semantics.complete(this, { kind: 'return', values });
  }

  /** Section-scoped values returned from the function that owns their section leave it. */
  private checkReturnEscapes(values: AbstractValue[], node: ts.Node): void {
    const fn = this.frame.fn;
    const how = this.frame.setup.sectionCallee
      ? `it is returned from the callback of \`${this.frame.setup.sectionCallee}\``
      : 'it is returned from the function that holds its section';
    for (const { value, holders } of reachable(values)) {
      if (!isScoped(value) || value.scope !== 'section' || !value.region) continue;
      // A guard handed to the caller, as it is or inside objects it returns, is the caller's to release.
      if (value.kind === 'guard' && holders.every((h) => h.kind === 'fresh') && !this.usingGuards.has(value)) continue;
      if (!this.ownsRegion(value.region, fn)) continue;
      this.escape(value, node, how, holders);
    }
  }

  /** Whether `region` is `fn` itself or a block of `fn`'s own body (not of a function nested in it). */
  ownsRegion(region: ts.Node, fn: ts.Node): boolean {
    if (region === fn) return true;
    if (this.ts.isFunctionLike(region) || !within(region, fn)) return false;
    let n: ts.Node | undefined = region.parent;
    while (n && n !== fn && !this.ts.isFunctionLike(n)) n = n.parent;
    return n === fn;
  }

  escape(
    value: AbstractValue,
    sink: ts.Node,
    how: string,
    holders: readonly AbstractValue[],
    through: readonly { node: ts.Node; message: string }[] = [],
    keepsCore?: boolean,
  ): void {
    if (this.suppressedEscapes.has(value.root)) return;
    // Once a value has escaped, an object holding it going further is a later use, not a new escape.
    if (holders.length > 0 && this.escaped.has(value.root)) return;
    const key = `${value.root.id}:${sink.pos}:${sink.end}`;
    if (this.reportedEscapes.has(key)) return;
    this.reportedEscapes.add(key);
    if (value.kind !== 'param') this.escaped.add(value.root);
    this.emit({ type: 'escape', value, sink, how, holders, through, ...(keepsCore ? { keepsCore } : {}) });
  }

  // ---- expressions --------------------------------------------------------------------------

  eval(node: ts.Expression): AbstractValue[] {
    if (++this.depth > maxDepth) throw new DepthExceeded(node);
    try {
      return this.semantics.evaluate(this, node);
    } finally {
      this.depth--;
    }
  }

  /** Element values of an iterable's abstract values (an element of a scoped value is a part of it: see value-kinds.ts). */
  elementsOf(values: readonly AbstractValue[]): AbstractValue[] {
    const out: AbstractValue[] = [];
    for (const v of values) {
      for (const e of v.contents.get('*') ?? []) if (!out.includes(e)) out.push(e);
      // In a summary an element of a parameter is a part of it (a change to it reaches what the
      // argument holds, as a change to the data's element does) and stands for the parameter as well
      // (what the argument's elements are is not known here: a dropped element drops the parameter).
      if (v.kind === 'param' && this.mode === 'summary' && v.paramIndex !== -1) out.push(this.elementPart(v), v);
      else if (v.kind === 'param' || v.kind === 'guard') out.push(v);
      else if (v.kind === 'driverData' || isScoped(v)) out.push(this.semantics.partOf(this.ctx, v));
    }
    return out;
  }

  /** The one value that stands for the elements of parameter `v` in a summary (the same at every read, so loops over it converge). */
  private elementPart(v: AbstractValue): AbstractValue {
    let part = this.elementParts.get(v);
    if (!part) this.elementParts.set(v, (part = this.semantics.partOf(this.ctx, v)));
    return part;
  }

  assignTo(target: ts.Node, values: AbstractValue[], node: ts.Node): void {
    this.semantics.assignTarget(this, target, values, node);
  }
}

/** Whether `inner` lies within `outer` (same file). */
export function within(inner: ts.Node, outer: ts.Node): boolean {
  return inner.getSourceFile() === outer.getSourceFile() && inner.pos >= outer.pos && inner.end <= outer.end;
}

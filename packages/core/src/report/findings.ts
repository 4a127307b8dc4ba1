import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { AnalysisEvent, EscapeEvent } from '../analysis/events.js';
import type { AbstractValue, RelatedNode } from '../analysis/values.js';
import type { Finding, RelatedLocation, Suggestion } from '../finding.js';
import { describeRule, formatMessage, type EngineRuleId } from '../rules/catalogue.js';
import { suggestionsFor } from './suggestions.js';

/**
 * Turns what the interpreter observed in one file into findings: the message data say what
 * escaped, where it was obtained, where it escapes and what to do; related locations and the flow
 * carry the steps in between. One problem gives one finding.
 */
export function findingsFromEvents(tsm: TsModule, sf: ts.SourceFile, events: readonly AnalysisEvent[], checker: ts.TypeChecker): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const push = (f: Finding, key: string): void => {
    if (f.span.fileName !== sf.fileName || seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  for (const e of events) {
    switch (e.type) {
      case 'escape': {
        if (!e.value.rule || e.value.kind === 'param') break;
        // One escape expression is one finding, however many values leave through it.
        const key = `escape:${e.value.rule}:${nodeKey(e.sink)}`;
        // The same test `push` makes, before the finding (and its suggestions) is built.
        if (e.sink.getSourceFile().fileName !== sf.fileName || seen.has(key)) break;
        push(escapeFinding(tsm, e, checker), key);
        break;
      }
      case 'notReleased':
        push(
          make('no-leaked-unbind-guard', 'notReleased', e.guard.origin, {}, [
            ...(e.guard.through ?? []).map((t) => related(t.node, t.message)),
          ], [], suggestionsFor(tsm, 'notReleased', e.guard.origin)),
          `notReleased:${nodeKey(e.guard.origin)}`,
        );
        break;
      case 'useAfterRelease':
        push(
          make('no-leaked-unbind-guard', 'useAfterRelease', e.use, { value: valueText(e.use, e.value), end: at(e.after, e.use) }, [
            related(e.after, 'the section ends here'),
            related(e.value.origin, 'obtained here'),
          ]),
          `uar:${nodeKey(e.use)}`,
        );
        break;
      case 'useAfterAwait':
        push(
          make('no-leaked-unbind-guard', 'useAfterAwait', e.use, { value: valueText(e.use, e.value), callee: /\s/.test(e.callee ?? ' ') ? (e.callee ?? 'the callee') : `\`${e.callee}\`` }, [
            related(e.after, 'the section ends at this `await`'),
            related(e.value.origin, 'obtained here'),
          ]),
          `uaa:${nodeKey(e.use)}`,
        );
        break;
      case 'discardedGuard':
        push(make('no-unchecked-unbind-guard', 'discarded', e.at, {}), `discarded:${nodeKey(e.at)}`);
        break;
      case 'uncheckedGuard':
        push(make('no-unchecked-unbind-guard', 'unchecked', e.at, { how: e.how ?? 'this' }), `unchecked:${nodeKey(e.at)}`);
        break;
      case 'useAfterMove':
        push(
          make('no-unregistered-device-use', 'useAfterMove', e.use, { value: valueText(e.use, e.value), moveSite: at(e.at ?? e.use, e.use) }, [
            related(e.at ?? e.use, 'moved into the registration here'),
          ]),
          `uam:${e.value.root.id}`,
        );
        break;
      case 'registeredTwice':
        push(
          make('no-unregistered-device-use', 'registeredTwice', e.use, { value: valueText(e.use, e.value), moveSite: at(e.at ?? e.use, e.use) }, [
            related(e.at ?? e.use, 'first registered here'),
          ]),
          `twice:${nodeKey(e.use)}`,
        );
        break;
      case 'registeredOpOnUninit':
        push(
          make('no-unregistered-device-use', 'registeredOpOnUninit', e.use, {
            op: e.op ?? 'this operation',
            value: valueText(e.use, e.value, false),
            how: e.how ?? 'its type says so',
          }, [related(e.value.origin, 'the unregistered device comes from here'), ...(e.through ?? []).map((t) => related(t.node, t.message))]),
          `uninit:${nodeKey(e.use)}`,
        );
        break;
      case 'useAfterDrop':
        push(
          make('no-unregistered-device-use', 'useAfterDrop', e.use, {
            value: valueText(e.use, e.value),
            dropSite: at(e.at ?? e.use, e.use),
            op: e.op ?? 'this operation',
          }, [related(e.at ?? e.use, 'the registration is dropped here'), ...(e.through ?? []).map((t) => related(t.node, t.message))]),
          `uad:${nodeKey(e.use)}`,
        );
        break;
      case 'leakedRegistration':
        push(
          make('no-leaked-registration', 'leaked', e.at, { kind: e.registration.label ?? 'registration' }, e.through.map((t) => related(t.node, t.message))),
          `leak:${nodeKey(e.at)}`,
        );
        break;
      case 'mutation':
        push(
          make('no-driver-data-mutation-in-unbind', 'mutation', e.at, { how: e.how }, [
            related(e.value.origin, 'the borrowed driver data'),
            ...e.through.map((t) => related(t.node, t.message)),
          ]),
          `mut:${nodeKey(e.at)}`,
        );
        break;
    }
  }
  return out;
}

function escapeFinding(tsm: TsModule, e: EscapeEvent, checker: ts.TypeChecker): Finding {
  const v = e.value;
  const holder = e.holders[e.holders.length - 1];
  const holders = holder ? `, held by ${holder.description.replace(/ here$/, '')} at ${at(holder.origin, e.sink)},` : '';
  const value = `${valueText(e.sink, v)}${holders}`;
  const relatedLocations = [
    related(v.origin, 'obtained here'),
    ...(v.through ?? []).map((t) => related(t.node, t.message)),
    ...e.holders.map((h) => related(h.origin, 'put into this object')),
    ...e.through.map((t) => related(t.node, t.message)),
  ];
  const flow = [
    related(v.origin, 'obtained here'),
    ...e.holders.map((h) => related(h.origin, 'held by this object')),
    related(e.sink, 'escapes here'),
    ...e.through.map((t: RelatedNode) => related(t.node, t.message)),
  ];
  if (v.rule === 'guard') {
    const opened = v.guard?.origin ?? (v.region && tsm.isFunctionLike(v.region) ? v.region : v.origin);
    return make('no-leaked-unbind-guard', 'escapes', e.sink, { value, origin: at(opened, e.sink), sink: e.how }, relatedLocations, flow);
  }
  const scope = v.scope === 'callback' && !e.keepsCore ? 'callback' : v.scope;
  const scopeText = scope === 'callback' ? 'during the callback it was passed to' : 'while the driver is bound';
  const scopeEnd = scope === 'callback' ? 'the callback' : 'the binding';
  const isDevice = /device/i.test(v.description) || v.kind === 'scoped' && v.origin.kind === tsm.SyntaxKind.Parameter;
  const advice = isDevice
    ? 'Keep it in the driver data, or store a handle (`toNormal()`) where a handle is enough.'
    : 'Keep it in the driver data (or registration data), or keep the `Devres` container and call `access()` where it is needed.';
  return make(
    'no-stored-bound-device',
    'stored',
    e.sink,
    { value, scope: scopeText, origin: at(v.origin, e.sink), sink: e.how, scopeEnd, advice },
    relatedLocations,
    flow,
    suggestionsFor(tsm, 'stored', e.sink, checker),
  );
}

function make(
  ruleId: EngineRuleId,
  messageId: string,
  node: ts.Node,
  data: Record<string, string>,
  relatedLocations: RelatedLocation[] = [],
  flow: RelatedLocation[] = [],
  suggestions: Suggestion[] = [],
): Finding {
  const sf = node.getSourceFile();
  const template = describeRule(ruleId).messages[messageId] ?? messageId;
  const dedupedFlow = dedupe(flow);
  return {
    ruleId,
    messageId,
    message: formatMessage(template, data),
    data,
    node,
    span: { fileName: sf.fileName, start: node.getStart(sf), end: node.getEnd() },
    related: dedupe(relatedLocations),
    flow: dedupedFlow.length >= 2 ? dedupedFlow : [],
    suggestions,
  };
}

function related(node: ts.Node, message: string): RelatedLocation {
  const sf = node.getSourceFile();
  return { fileName: sf.fileName, start: node.getStart(sf), end: node.getEnd(), message };
}

function dedupe(locations: RelatedLocation[]): RelatedLocation[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = `${l.fileName}:${l.start}:${l.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "line 12", or "helpers.ts:12" when `node` is in another file than `from`. */
export function at(node: ts.Node, from: ts.Node): string {
  const sf = node.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  if (sf === from.getSourceFile()) return `line ${line}`;
  return `${sf.fileName.slice(sf.fileName.lastIndexOf('/') + 1)}:${line}`;
}

/** How a value is named in a message: its description, capitalised for the sentence start. */
function valueText(use: ts.Node, v: AbstractValue, sentenceStart = true): string {
  const d = v.description.replace(/ here\b/, ` at ${at(v.origin, use)}`);
  return sentenceStart ? d.charAt(0).toUpperCase() + d.slice(1) : d;
}

function nodeKey(n: ts.Node): string {
  return `${n.getSourceFile().fileName}:${n.pos}:${n.end}`;
}

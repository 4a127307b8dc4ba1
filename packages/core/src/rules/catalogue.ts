/**
 * The rule catalogue: ids, precision tiers, default severities and message templates. Both front
 * ends read their rule metadata from here, so a rule is described once.
 */

export type Precision = 'very-high' | 'high' | 'medium';
export type Severity = 'off' | 'warn' | 'error';

export interface RuleDescription {
  readonly id: RuleId;
  /** One sentence: what the rule finds. */
  readonly description: string;
  /** The invariant the rule protects. */
  readonly invariant: string;
  readonly precision: Precision;
  readonly defaultSeverity: Exclude<Severity, 'off'>;
  /** Only very-high and high rules are recommended. */
  readonly recommended: boolean;
  /** Whether the ESLint plugin provides the rule (`type-contract` is the analyzer's own). */
  readonly inEslint: boolean;
  /** Message templates by message id; `{{name}}` is replaced by the finding's data. */
  readonly messages: Readonly<Record<string, string>>;
  /** The message ids that name suggestions (not findings). */
  readonly suggestionMessages?: readonly string[];
}

export const ruleIds = [
  'no-leaked-unbind-guard',
  'no-stored-bound-device',
  'no-unregistered-device-use',
  'no-unchecked-unbind-guard',
  'no-leaked-registration',
  'no-driver-data-mutation-in-unbind',
  'require-safety-comment',
  'type-contract',
  'suppression',
] as const;

export type RuleId = (typeof ruleIds)[number];

/** The rules the engine finds (everything except `type-contract` and `suppression`, which each front end checks itself). */
export type EngineRuleId = Exclude<RuleId, 'type-contract' | 'suppression'>;

const docsBaseUrl = 'https://github.com/bindsafe/bindsafe/blob/main/docs/rules/';

export function docsUrl(id: RuleId): string {
  return `${docsBaseUrl}${id}.md`;
}

const catalogue: readonly RuleDescription[] = [
  {
    id: 'no-leaked-unbind-guard',
    description:
      'An UnbindGuard, or a value that lives only inside its critical section, escapes the section, is used after it ends, or the guard is not released on every path.',
    invariant: 'The bound parent and the registration data are used only inside a balanced SRCU section.',
    precision: 'high',
    defaultSeverity: 'error',
    recommended: true,
    inEslint: true,
    messages: {
      escapes:
        '{{value}} lives only inside the critical section opened at {{origin}}, but {{sink}}. Keep it inside the section: copy out the plain data you need instead.',
      notReleased:
        'The unbind guard taken here is not released on every path, and an open guard makes unplug wait forever. Declare it with `using`.',
      useAfterRelease:
        '{{value}} is used after its critical section ended at {{end}}. Take a new guard, or move this use inside the section.',
      useAfterAwait:
        '{{value}} is used after an `await` in the async callback given to {{callee}}: the section closed when the callback returned its promise. Finish with the guarded value before the first `await`.',
      useUsing: 'Declare the guard with `using` so it is released on every path.',
      wrapInWithUnbindGuard: 'Take the parent inside `withUnbindGuard` where it is needed.',
    },
    suggestionMessages: ['useUsing', 'wrapInWithUnbindGuard'],
  },
  {
    id: 'no-stored-bound-device',
    description:
      'A Device<Core> or Device<Bound>, or a value obtained through one, is stored where it outlives its scope.',
    invariant: 'Bound references never outlive the binding; Core references never outlive the callback.',
    precision: 'high',
    defaultSeverity: 'error',
    recommended: true,
    inEslint: true,
    messages: {
      stored:
        '{{value}} is valid only {{scope}} (obtained at {{origin}}), but {{sink}}. {{advice}}',
      useToNormal: 'Store a handle instead: `.toNormal()`.',
    },
    suggestionMessages: ['useToNormal'],
  },
  {
    id: 'no-unregistered-device-use',
    description:
      'An UnregisteredDevice used after it was moved into Registration.new or registered twice, a registered-only operation reached on an Uninit device, or a registered device used after its registration was dropped.',
    invariant: 'An unregistered device is unique, consumed once, and never used as registered.',
    precision: 'high',
    defaultSeverity: 'error',
    recommended: true,
    inEslint: true,
    messages: {
      useAfterMove:
        '{{value}} was moved into `drm.Registration.new` at {{moveSite}} and must not be used afterwards. Use `registration.device()` instead.',
      registeredTwice:
        '{{value}} is registered again, but it was already moved into a registration at {{moveSite}}. A device is registered once.',
      registeredOpOnUninit:
        '`{{op}}` needs a registered device, but {{value}} is not registered ({{how}}). Register it with `drm.Registration.new` and use `registration.device()`.',
      useAfterDrop:
        '{{value}} belongs to the registration dropped at {{dropSite}}; `{{op}}` after the drop uses an unplugged device.',
    },
  },
  {
    id: 'no-unchecked-unbind-guard',
    description:
      'The result of unbindGuard() is discarded, or used without handling undefined (non-null assertion, cast).',
    invariant: 'A guard is #[must_use], and None means the device is already unplugged.',
    precision: 'very-high',
    defaultSeverity: 'error',
    recommended: true,
    inEslint: true,
    messages: {
      discarded:
        'The result of `unbindGuard()` is discarded: the critical section it opens is never closed, so unplug waits forever. Keep the guard (`using guard = …`) or call `withUnbindGuard`.',
      unchecked:
        '`unbindGuard()` returns `undefined` once the device is unplugged, but {{how}} assumes a guard. Check for `undefined` first.',
    },
  },
  {
    id: 'no-leaked-registration',
    description:
      'A drm.Registration or auxiliary.Registration made in probe that is neither owned by the driver data nor dropped.',
    invariant: 'Registrations die with the binding (they are never forgotten).',
    precision: 'high',
    defaultSeverity: 'error',
    recommended: true,
    inEslint: true,
    messages: {
      leaked:
        'This {{kind}} is neither owned by the driver data that `probe` returns nor dropped, so nothing tears it down at unbind. Keep it in the driver data.',
    },
  },
  {
    id: 'no-driver-data-mutation-in-unbind',
    description: 'unbind assigning to, deleting from, or disposing the driver data it only borrows.',
    invariant: 'unbind only borrows the driver data; the core drops it afterwards.',
    precision: 'high',
    defaultSeverity: 'error',
    recommended: true,
    inEslint: true,
    messages: {
      mutation:
        '`unbind` only borrows the driver data, but {{how}}. Other users (IRQ handlers, work, children) may still reach it; put mutable state behind the data\'s own methods, or tear it down in its dispose.',
    },
  },
  {
    id: 'require-safety-comment',
    description:
      'An unsafe API called without a // SAFETY: comment directly above, or a // SAFETY: comment above nothing unsafe.',
    invariant: 'Every unsafe call states why its contract holds.',
    precision: 'high',
    defaultSeverity: 'error',
    recommended: true,
    inEslint: true,
    messages: {
      missing:
        '`{{callee}}` is unsafe: write a `// SAFETY:` comment directly above the call saying why its contract holds.',
      unused: 'This `// SAFETY:` comment is above nothing unsafe.',
    },
  },
  {
    id: 'type-contract',
    description:
      'A tsc error that involves the model\'s branded types, reworded as the binding rule it breaks.',
    invariant: 'What the Rust compiler rejects, tsc rejects too.',
    precision: 'very-high',
    defaultSeverity: 'error',
    // Off unless asked for (`--rule type-contract=error`): it needs tsc's full check of every file
    // that reaches the model, which costs more than the rest of the analysis, and CI runs tsc anyway.
    recommended: false,
    inEslint: false,
    messages: {
      typeContract: '{{rule}} (TS{{code}}: {{tsMessage}})',
    },
  },
  {
    id: 'suppression',
    description:
      'A bindsafe suppression comment without a `-- reason`, or one that suppresses nothing.',
    invariant: 'Every silenced finding says why.',
    precision: 'very-high',
    defaultSeverity: 'warn',
    recommended: true,
    inEslint: true,
    messages: {
      missingReason: 'This suppression of {{rules}} gives no reason; add `-- why it is safe`.',
      unused: 'This suppression of {{rules}} suppresses nothing; remove it.',
    },
  },
];

const byId = new Map(catalogue.map((r) => [r.id, r] as const));

export const ruleCatalogue: readonly RuleDescription[] = catalogue;

export function describeRule(id: RuleId): RuleDescription {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown bindsafe rule '${id}'`);
  return rule;
}

export function isRuleId(value: string): value is RuleId {
  return byId.has(value as RuleId);
}

/** Fills `{{name}}` placeholders from `data`; unknown names are left as they are. */
export function formatMessage(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole);
}

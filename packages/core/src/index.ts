export type { Finding, SourceSpan, RelatedLocation, Suggestion, TextEdit, EngineDiagnostic } from './finding.js';
export type { Engine, EngineOptions, FileAnalysis, TsModule, UnresolvedModelImport } from './engine.js';
export { getEngine } from './engine-cache.js';
export { jsDocParserHazard, type JsDocHazard } from './program/parser-hazards.js';
export { maxNestingDepth, nestsDeeperThan } from './program/nesting-depth.js';
export {
  ruleIds,
  ruleCatalogue,
  describeRule,
  isRuleId,
  formatMessage,
  docsUrl,
  type RuleId,
  type EngineRuleId,
  type RuleDescription,
  type Precision,
  type Severity,
} from './rules/catalogue.js';

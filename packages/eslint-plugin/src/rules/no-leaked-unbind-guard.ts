import { engineRule } from '../create-rule.js';

/** `bindsafe/no-leaked-unbind-guard`: see docs/rules/no-leaked-unbind-guard.md. */
export default engineRule('no-leaked-unbind-guard');

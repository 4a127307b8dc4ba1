import { engineRule } from '../create-rule.js';

/** `bindsafe/require-safety-comment`: see docs/rules/require-safety-comment.md. */
export default engineRule('require-safety-comment');

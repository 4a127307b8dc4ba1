import type * as ts from 'typescript';
import type { AbstractValue } from './values.js';

/** Where a store puts a value, as far as lifetimes go. */
export type Location =
  | { readonly kind: 'variable'; readonly name: string; readonly declaration: ts.Node | undefined; readonly global: boolean }
  | {
      readonly kind: 'object';
      readonly text: string;
      readonly bases: readonly AbstractValue[];
      readonly base: ts.Expression;
      readonly verb: 'stored in' | 'pushed into' | 'added to';
    };

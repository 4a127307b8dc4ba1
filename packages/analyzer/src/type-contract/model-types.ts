import * as path from 'node:path';
import type { ts } from 'ts-morph';
import { typescript } from '../project/ts-morph-runtime.js';
import { createPackageLookup, modelPackageName } from './package-of.js';

/** The contexts of model.md, in the order they prove more (a later one is accepted for none before). */
const deviceContexts = ['Normal', 'Bound', 'Core', 'CoreInternal'] as const;
const drmContexts = ['Uninit', 'Registered'] as const;
export type ModelContext = (typeof deviceContexts)[number] | (typeof drmContexts)[number];

/** The model's namespaces (model.md "Module layout"). */
const namespaces = new Set(['device', 'devres', 'pci', 'platform', 'auxiliary', 'drm', 'errors']);
/** The namespaces whose `Device` is a bus device (the parent of a DRM device). */
export const busNamespaces: ReadonlySet<string> = new Set(['pci', 'platform', 'auxiliary']);

/** A type declared by the model, as a reader knows it: `pci.Device<Bound>`. */
export interface ModelType {
  /** The declared name: `Device`, `UnregisteredDevice`, `Devres`, … */
  readonly name: string;
  /** `pci`, `drm`, …: the model namespace it is exported from, when known. */
  readonly namespace: string | undefined;
  /** The context type argument (`Bound`, `Registered`, …), when the type has one. */
  readonly context: ModelContext | undefined;
  readonly type: ts.Type;
}

/**
 * What the model's declarations look like to the checker of one program. A symbol is the
 * model's when one of its declarations lies in the `@bindsafe/kernel` package (found through the
 * declaring file's `package.json`), never by its name alone.
 */
export class ModelTypes {
  readonly #checker: ts.TypeChecker;
  readonly #packageOf = createPackageLookup();
  readonly #fileIsModel = new Map<string, string | false>();

  constructor(checker: ts.TypeChecker) {
    this.#checker = checker;
  }

  /** The model namespace of a declaration file, `''` for the model's root, false outside the model. */
  #namespaceOfFile(fileName: string): string | false {
    let result = this.#fileIsModel.get(fileName);
    if (result === undefined) {
      const pkg = this.#packageOf(fileName);
      if (pkg?.name !== modelPackageName) {
        result = false;
      } else {
        // `src/pci/device.ts` or `dist/pci/device.d.ts`: the directory under the source root.
        const parts = path.relative(pkg.dir, fileName).split(path.sep);
        const candidate = parts.length >= 3 ? (parts[1] ?? '') : '';
        result = namespaces.has(candidate) ? candidate : '';
      }
      this.#fileIsModel.set(fileName, result);
    }
    return result;
  }

  /** The model namespace of a symbol (`''` when the model's but outside a namespace), or false. */
  namespaceOf(symbol: ts.Symbol | undefined): string | false {
    if (!symbol) return false;
    const target = symbol.flags & typescript.SymbolFlags.Alias ? this.#checker.getAliasedSymbol(symbol) : symbol;
    for (const declaration of target.declarations ?? []) {
      const ns = this.#namespaceOfFile(declaration.getSourceFile().fileName);
      if (ns !== false) return ns;
    }
    return false;
  }

  isModelSymbol(symbol: ts.Symbol | undefined): boolean {
    return this.namespaceOf(symbol) !== false;
  }

  /**
   * The model type `type` is, or holds as a union/intersection member (`Device<Bound> | undefined`);
   * undefined for any other type.
   */
  describe(type: ts.Type | undefined): ModelType | undefined {
    if (!type) return undefined;
    if (type.isUnionOrIntersection()) {
      for (const member of type.types) {
        const found = this.describe(member);
        if (found) return found;
      }
      return undefined;
    }
    // An alias the model declares (`drm.IoctlHandler<…>`) names the type; otherwise its own symbol.
    for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
      const ns = this.namespaceOf(symbol);
      if (!symbol || ns === false || symbol.name.startsWith('__')) continue;
      return { name: symbol.name, namespace: ns || undefined, context: this.#contextOf(type), type };
    }
    return undefined;
  }

  /**
   * The model type a class symbol names, with the context among `typeArguments` (for `new
   * pci.Device<Core>()`, whose own type the checker gives up on).
   */
  describeClass(symbol: ts.Symbol | undefined, typeArguments: readonly ts.Type[]): ModelType | undefined {
    if (!symbol) return undefined;
    const target = symbol.flags & typescript.SymbolFlags.Alias ? this.#checker.getAliasedSymbol(symbol) : symbol;
    const ns = this.namespaceOf(target);
    if (ns === false) return undefined;
    return { name: target.name, namespace: ns || undefined, context: this.#contextAmong(typeArguments), type: this.#checker.getDeclaredTypeOfSymbol(target) };
  }

  /** The context marker among the type arguments of a model type reference. */
  #contextOf(type: ts.Type): ModelContext | undefined {
    if (!(type.flags & typescript.TypeFlags.Object) || !((type as ts.ObjectType).objectFlags & typescript.ObjectFlags.Reference)) {
      return undefined;
    }
    return this.#contextAmong(this.#checker.getTypeArguments(type as ts.TypeReference));
  }

  #contextAmong(typeArguments: readonly ts.Type[]): ModelContext | undefined {
    for (const argument of typeArguments) {
      const symbol = argument.aliasSymbol ?? argument.getSymbol();
      if (!symbol || !this.isModelSymbol(symbol)) continue;
      const name = symbol.name as ModelContext;
      if ((deviceContexts as readonly string[]).includes(name) || (drmContexts as readonly string[]).includes(name)) return name;
    }
    return undefined;
  }

  /**
   * Whether `type` is the type of an ioctl handler: a function type the model declares for a
   * member of a driver's `ioctls` table, or its `IoctlHandler` alias.
   */
  isIoctlHandler(type: ts.Type | undefined): boolean {
    if (!type || type.getCallSignatures().length === 0) return false;
    if (type.aliasSymbol && this.isModelSymbol(type.aliasSymbol) && type.aliasSymbol.name === 'IoctlHandler') return true;
    const symbol = type.getSymbol();
    if (!symbol || !this.isModelSymbol(symbol)) return false;
    return (symbol.declarations ?? []).some((declaration) => {
      for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
        if (typescript.isPropertySignature(node) || typescript.isPropertyDeclaration(node)) {
          return typescript.isIdentifier(node.name) && node.name.text === 'ioctls';
        }
        if (typescript.isSourceFile(node)) return false;
      }
      return false;
    });
  }

  /** How a reader writes the type: `pci.Device<Bound>`, `drm.UnregisteredDevice`. */
  static display(model: ModelType): string {
    const qualified = model.namespace ? `${model.namespace}.${model.name}` : model.name;
    return model.context ? `${qualified}<${model.context}>` : qualified;
  }

  /** How far `context` proves binding (Normal 0 … CoreInternal 3; Uninit 0, Registered 1). */
  static strength(context: ModelContext | undefined): number {
    if (context === undefined) return -1;
    const device = (deviceContexts as readonly string[]).indexOf(context);
    return device >= 0 ? device : (drmContexts as readonly string[]).indexOf(context);
  }
}

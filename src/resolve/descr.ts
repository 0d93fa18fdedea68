import type { Res } from '../hir/res.ts';
import type { DefKind } from '../ty/context.ts';

/** How rustc names a kind of definition in messages ("function", "struct", "builtin type"). */
export function defKindDescr(kind: DefKind, isCrateRoot = false): string {
  switch (kind) {
    case 'Fn': case 'ForeignFn': return 'function';
    case 'AssocFn': return 'associated function';
    case 'Mod': return isCrateRoot ? 'crate' : 'module';
    case 'Struct': return 'struct';
    case 'Union': return 'union';
    case 'Enum': return 'enum';
    case 'Variant': return 'variant';
    case 'Ctor': return 'struct';
    case 'Trait': return 'trait';
    case 'TyAlias': return 'type alias';
    case 'AssocTy': return 'associated type';
    case 'Const': return 'constant';
    case 'AssocConst': return 'associated constant';
    case 'Static': case 'ForeignStatic': return 'static';
    case 'Macro': return 'macro';
    case 'Field': return 'field';
    case 'TyParam': return 'type parameter';
    case 'ConstParam': return 'const parameter';
    case 'ExternCrate': return 'extern crate';
    default: return kind.toLowerCase();
  }
}

export function resDescr(res: Res, isCrateRoot = false): string {
  switch (res.tag) {
    case 'Def': return defKindDescr(res.kind, isCrateRoot);
    case 'Local': return 'local variable';
    case 'PrimTy': return 'builtin type';
    case 'SelfTyAlias': case 'SelfTyParam': return 'self type';
    case 'SelfCtor': return 'self constructor';
    case 'Err': return 'unresolved item';
  }
}

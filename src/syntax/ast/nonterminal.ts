import type { Attribute } from './attr.ts';
import type { Expr } from './expr.ts';
import type { Item, Visibility } from './item.ts';
import type { Ident } from './node.ts';
import type { Lifetime, Path } from './path.ts';
import type { Pat } from './pat.ts';
import type { Block, Stmt } from './stmt.ts';
import type { Ty } from './ty.ts';
import type { Lit } from './lit.ts';

/** A macro fragment captured by `$x:frag` and carried as one token into the transcription. */
export type Nonterminal =
  | { readonly tag: 'item'; readonly item: Item }
  | { readonly tag: 'block'; readonly block: Block }
  | { readonly tag: 'stmt'; readonly stmt: Stmt }
  | { readonly tag: 'pat'; readonly pat: Pat }
  | { readonly tag: 'expr'; readonly expr: Expr }
  | { readonly tag: 'ty'; readonly ty: Ty }
  | { readonly tag: 'ident'; readonly ident: Ident; readonly raw: boolean }
  | { readonly tag: 'lifetime'; readonly lifetime: Lifetime }
  | { readonly tag: 'literal'; readonly expr: Expr; readonly lit?: Lit }
  | { readonly tag: 'meta'; readonly attr: Attribute }
  | { readonly tag: 'path'; readonly path: Path }
  | { readonly tag: 'vis'; readonly vis: Visibility };

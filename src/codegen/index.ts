// Public surface of the codegen station.
export { codegenCrate, type CodegenCrateOptions, type CodegenModule, type CodegenResult } from './codegen-crate.ts';
export { emitObjects, type EmittedModule } from './emit.ts';
export { CodegenError, type SourceLoc } from './context.ts';
export { parseDataLayout, type TargetDataLayout } from './layout/data-layout.ts';
export { layoutOf, mkLayoutCx, type LayoutCx, type LayoutTcx } from './layout/layout-of.ts';
export type { Layout, LayoutAbi, Scalar } from './layout/layout.ts';

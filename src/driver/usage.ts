/** `tsrustc --help`, in rustc's layout, listing the options we accept. */
export function usageText(): string {
  return `Usage: tsrustc [OPTIONS] INPUT

Options:
    -h, --help          Display this message
        --cfg <SPEC>    Configure the compilation environment.
                        SPEC supports the syntax \`<NAME>[="<VALUE>"]\`.
    -L [<KIND>=]<PATH>  Add a directory to the library search path.
    -l [<KIND>=]<NAME>  Link the generated crate(s) to the specified native
                        library NAME.
        --crate-type <bin|lib|rlib|staticlib>
                        Comma separated list of types of crates
                        for the compiler to emit
        --crate-name <NAME>
                        Specify the name of the crate being built
        --edition <2015|2018|2021|2024>
                        Specify which edition of the compiler to use when
                        compiling code. The default is 2015.
        --emit <TYPE>[=<FILE>]
                        Comma separated list of types of output for the
                        compiler to emit: asm, llvm-bc, llvm-ir, obj,
                        metadata, link, mir
        --print <INFO>[=<FILE>]
                        Compiler information to print on stdout: cfg,
                        crate-name, file-names, sysroot, target-libdir,
                        target-list, target-spec-json, host-tuple,
                        relocation-models, code-models, target-cpus,
                        target-features
    -g                  Equivalent to -C debuginfo=2
    -O                  Equivalent to -C opt-level=3
    -o <FILENAME>       Write output to FILENAME
        --out-dir <DIR> Write output to compiler-chosen filename in DIR
        --test          Build a test harness
        --target <TARGET>
                        Target tuple (a built-in name, a name found in
                        TSRUSTC_TARGET_PATH, or a path to a .json spec)
        --extern <NAME>=<PATH>
                        Specify where an external library is located
        --sysroot <PATH>
                        Override the system root
        --error-format <human|json|short>
        --color <auto|always|never>
    -C, --codegen <OPT>[=<VALUE>]
                        Set a codegen option (opt-level, debuginfo, panic,
                        target-cpu, target-feature, linker, link-arg,
                        link-args, overflow-checks, debug-assertions,
                        codegen-units, relocation-model, code-model, strip)
    -Z <FLAG>           Set an internal debugging option (time-passes,
                        unpretty=ast-tree|normal|expanded,
                        parse-crate-root-only)
    -V, --version       Print version info and exit
    -v, --verbose       Use verbose output
`;
}

# The two commands of the README:
#   make        installs what is missing, builds the compiler and the sysroots, and compiles
#               and runs the demo for the host and for aarch64 (under qemu)
#   make test   the whole test suite (builds first if needed)
.PHONY: all deps build demo test compiletest bench clean

DEMO_OUT := build/demo

all: build demo

deps:
	./scripts/install-deps.sh

build: deps
	node scripts/build.mjs

demo: build
	@mkdir -p $(DEMO_OUT)
	bin/tsrustc --edition 2021 -o $(DEMO_OUT)/hello examples/hello.rs
	$(DEMO_OUT)/hello
	bin/tsrustc --edition 2021 --target aarch64-unknown-linux-gnu -o $(DEMO_OUT)/hello-aarch64 examples/hello.rs
	qemu-aarch64 $(DEMO_OUT)/hello-aarch64

# vitest (run programs on every target, ui errors, station unit tests), then the ratchet on
# rustc's own ui suite: every test in tests/compiletest/baseline.txt must still pass.
test: build
	npx vitest run
	node scripts/compiletest.mjs --compiler bin/tsrustc --baseline tests/compiletest/baseline.txt --only-baseline

compiletest: build
	node scripts/compiletest.mjs --compiler bin/tsrustc $(ARGS)

bench: build
	node bench/run.mjs

clean:
	rm -rf build tests/.work

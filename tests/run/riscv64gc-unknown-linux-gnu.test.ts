import { defineRunSuite } from '../harness/run-suite.ts';

defineRunSuite('riscv64gc-unknown-linux-gnu');

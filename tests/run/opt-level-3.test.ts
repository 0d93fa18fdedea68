import { defineRunSuite } from '../harness/run-suite.ts';

// Optimized code must behave the same (overflow checks stay on with -C overflow-checks).
defineRunSuite('x86_64-unknown-linux-gnu', ['-C', 'opt-level=3', '-C', 'overflow-checks=on', '-C', 'debug-assertions=on']);

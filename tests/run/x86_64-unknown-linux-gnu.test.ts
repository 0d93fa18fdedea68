import { defineRunSuite } from '../harness/run-suite.ts';

defineRunSuite('x86_64-unknown-linux-gnu');

import { defineRunSuite } from '../harness/run-suite.ts';

defineRunSuite('aarch64-unknown-linux-gnu');

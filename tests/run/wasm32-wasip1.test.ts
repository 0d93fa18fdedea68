import { defineRunSuite } from '../harness/run-suite.ts';

defineRunSuite('wasm32-wasip1', [], 32);

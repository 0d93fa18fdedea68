import { defineRunSuite } from '../harness/run-suite.ts';

defineRunSuite('thumbv7em-none-eabihf', [], 32);

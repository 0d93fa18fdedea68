import { defineRunSuite } from '../harness/run-suite.ts';

defineRunSuite('armv7-unknown-linux-gnueabihf', [], 32);

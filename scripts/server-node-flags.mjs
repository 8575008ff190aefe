// The V8 flags Berth's server runs with, wherever it is started: the e2e harness, the demo and the benches take
// them from here; `npm start`'s script in package.json spells them out (tests/server-node-flags.test.ts keeps the
// two the same). A young generation of 8 MB semi-spaces instead of Node's 16 keeps the idle server at ~112 MB
// resident instead of ~124 (bench/start-footprint.ts); the page loads, the list at 5,000 containers and the log
// flood were measured with it (bench/RESULTS.md).
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=8"];

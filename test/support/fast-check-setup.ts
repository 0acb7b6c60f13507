import fc from 'fast-check';

// Property tests explore new random inputs on every local run. In CI (CI=true) the seed is fixed
// (FC_SEED, default 20261123) so a landing is reproducible; a failure prints the seed to replay.
if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });

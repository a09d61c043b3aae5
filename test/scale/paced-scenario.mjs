/**
 * The tutorial scenario, paced: every run first waits 2 ms (Atomics.wait, which sleeps
 * without using the CPU). The scale test uses it where a task must still be running at a
 * given moment (cancelled after its first checkpoint, signalled before its time limit), so
 * that those moments do not depend on how busy the machine is. The runs and their results
 * are the tutorial's, under another id.
 */
import base from '../../examples/dist/harbour-standoff/scenario.js';

/** Milliseconds each run waits: 500 runs a second per worker. */
export const PACE_MS = 2;

const gate = new Int32Array(new SharedArrayBuffer(4));

export default {
  ...base,
  id: 'harbour-standoff-paced',
  initialState: (...args) => {
    Atomics.wait(gate, 0, 0, PACE_MS);
    return base.initialState(...args);
  },
};

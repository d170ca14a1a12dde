'use strict';
// The errors a pool's tasks reject with: piscina's messages, and
// spindle's TimeoutError for tasks over their time limit.

/** A task aborted by its signal, or dropped by `close({ force: true })`. */
class AbortError extends Error {
  constructor(reason) {
    super('The task has been aborted', { cause: reason });
  }

  get name() { return 'AbortError'; }
}

/** A task that ran longer than its `timeout` (its worker was stopped). */
class TimeoutError extends Error {
  constructor(ms) {
    super(`Task timed out after ${ms} ms`);
    this.code = 'ERR_POOL_TASK_TIMEOUT';
  }

  get name() { return 'TimeoutError'; }
}

const errors = {
  ThreadTermination: () => new Error('Terminating worker thread'),
  Collateral: () => new Error('Terminating worker thread: another task on the same worker timed out or was aborted'),
  FilenameNotProvided: () => new Error('filename must be provided to run() or in options object'),
  TaskQueueAtLimit: () => new Error('Task queue is at limit'),
  NoTaskQueueAvailable: () => new Error('No task queue available and all Workers are busy'),
  CloseTimeout: () => new Error('Close operation timed out'),
};

module.exports = { AbortError, TimeoutError, errors };

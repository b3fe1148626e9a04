import { expect } from '@open-wc/testing';
import { pauseEvery, TASK_BUDGET_MS } from '../../src/util/scheduling.js';
import { watchingYields } from '../helpers/yields.js';

/** Keeps the main thread busy for `ms` milliseconds: one step of work. */
const work = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** Runs `steps` steps of `ms` each with one pause after each; returns the steps each task ran. */
async function run(steps: number, ms: number, budget?: number): Promise<number[]> {
  const perTask: number[] = [];
  await watchingYields(
    () => perTask.push(0),
    async () => {
      const pause = pauseEvery(budget);
      await pause();
      for (let i = 0; i < steps; i++) {
        work(ms);
        perTask[perTask.length - 1]++;
        await pause();
      }
    },
  );
  return perTask;
}

describe('pauseEvery', () => {
  it('yields at its first call: the caller’s task has done work of its own', async () => {
    let yields = 0;
    await watchingYields(
      () => yields++,
      () => pauseEvery()(),
    );
    expect(yields).to.equal(1);
  });

  it('runs quick steps together until the task’s budget is used, then yields', async () => {
    // 1 ms steps, an 8 ms budget: seven steps a task (the eighth would reach the budget).
    const perTask = await run(40, 1, 8);
    expect(
      perTask.slice(0, -1).every((n) => n >= 1),
      perTask.join(','),
    ).to.equal(true);
    // A busy machine can stretch a step and end a task early, never make one longer.
    expect(Math.max(...perTask), perTask.join(',')).to.be.within(2, 7);
    expect(perTask.reduce((a, b) => a + b)).to.equal(40);
  });

  it('yields after every step that alone fills the budget, as on a slow phone', async () => {
    const perTask = await run(5, TASK_BUDGET_MS + 2);
    expect(perTask).to.deep.equal([1, 1, 1, 1, 1, 0]);
  });
});

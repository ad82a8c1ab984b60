import { JobHandlers } from './job-handlers.js';

describe('job handlers', () => {
  const noop = () => Promise.resolve();

  it('refuses a second handler for the same job', () => {
    const handlers = new JobHandlers();
    handlers.register('ranking-run', noop);
    expect(() => handlers.register('ranking-run', noop)).toThrow('A handler for job ranking-run is registered already');
  });

  it('fails start-up while a job of the catalogue has no handler, and runs each job with its own', async () => {
    const handlers = new JobHandlers();
    const ran: string[] = [];
    handlers.register('ranking-run', (p) => Promise.resolve(void ran.push(`run ${p.runId}`)));
    expect(() => handlers.onApplicationBootstrap()).toThrow(
      'No handler registered for job(s): household-import, period-end, idempotency-cleanup, notice-confirmation, lot-expiry, tree-heads, message-delivery, expiry-reminders',
    );
    handlers.register('household-import', (p) => Promise.resolve(void ran.push(`import ${p.importId}`)));
    handlers.register('period-end', (p) => Promise.resolve(void ran.push(`period ${p.programId}`)));
    handlers.register('idempotency-cleanup', noop);
    handlers.register('notice-confirmation', noop);
    handlers.register('lot-expiry', noop);
    handlers.register('tree-heads', noop);
    handlers.register('message-delivery', noop);
    handlers.register('expiry-reminders', noop);
    expect(() => handlers.onApplicationBootstrap()).not.toThrow();
    await handlers.run('household-import', { importId: 7, dispatch: 1 }, { attempt: 1, finalAttempt: false });
    await handlers.run('ranking-run', { runId: '9', dispatch: 1 }, { attempt: 1, finalAttempt: false });
    expect(ran).toEqual(['import 7', 'run 9']);
  });
});

import { isTransientDbError } from './pg-errors.js';

describe('isTransientDbError', () => {
  it('knows the passing failures: dropped connections, deadlocks, lost serialization races', () => {
    const cases = [
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      { driverError: { code: '40001', message: 'could not serialize access' } },
      { code: '40P01', message: 'deadlock detected' },
      { code: '08006', message: 'connection failure' },
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      Object.assign(new Error('Database connection provided by a query runner was already released'), {
        name: 'QueryRunnerProviderAlreadyReleasedError',
      }),
    ];
    expect(cases.map(isTransientDbError)).toEqual(cases.map(() => true));
  });

  it('leaves the failures that a retry repeats: constraint violations, bad SQL, plain errors', () => {
    const cases = [
      { code: '23505', message: 'duplicate key' },
      { code: '42P01', message: 'relation does not exist' },
      { code: '08P01', message: 'bind message supplies 28 parameters, but prepared statement "p7" requires 27' },
      new Error('boom'),
      null,
      'text',
    ];
    expect(cases.map(isTransientDbError)).toEqual(cases.map(() => false));
  });
});

import { QueryFailedError } from 'typeorm';
import { toErrorResponse } from './api-exception.filter';

const request = { method: 'GET', path: '/api/v1/categories' };

describe('toErrorResponse: the database going away is a 503, whichever way the query went', () => {
  it.each([
    ['a TypeORM query the server terminated (57P01)', new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))],
    ['a pool query on a broken connection (08006)', Object.assign(new Error('connection failure during query'), { code: '08006' })],
    ['a refused connection, from another realm (no Error prototype)', { message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' }],
    ['a server starting up (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a statement past statement_timeout (57014)', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
  ])('%s', (_, thrown) => {
    const { status, body } = toErrorResponse(thrown, request);
    expect([status, body.error.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a query error that is not about the connection (22012)', Object.assign(new Error('division by zero'), { code: '22012' })],
    ['something that is not an error at all', 'oops'],
  ])('keeps %s a 500', (_, thrown) => {
    const { status, body } = toErrorResponse(thrown, request);
    expect([status, body.error.code]).toEqual([500, 'INTERNAL_ERROR']);
  });
});

describe('toErrorResponse: PostgreSQL ending a transaction over contention is a 503 to repeat, not a 500', () => {
  it.each([
    ['a deadlock (40P01)', new QueryFailedError('UPDATE threads', [], Object.assign(new Error('deadlock detected'), { code: '40P01' }))],
    ['a serialization failure (40001)', Object.assign(new Error('could not serialize access due to concurrent update'), { code: '40001' })],
    ['a lock not waited for (55P03)', Object.assign(new Error('could not obtain lock on row in relation "members"'), { code: '55P03' })],
  ])('%s', (_, thrown) => {
    const { status, body } = toErrorResponse(thrown, { method: 'POST', path: '/api/v1/threads/x/posts' });
    expect([status, body.error.code, body.error.details]).toEqual([503, 'SERVICE_UNAVAILABLE', { retryAfterSeconds: 1 }]);
    expect(body.error.message).toMatch(/try again/);
  });
});

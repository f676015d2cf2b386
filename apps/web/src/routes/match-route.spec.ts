import { matchRoute } from './match-route';

const routes = [{ path: '/' }, { path: '/help' }];
const fallback = { path: '*' };

describe('matchRoute', () => {
  it.each([
    ['/', '/'],
    ['/help', '/help'],
    ['/help/', '/help'],
    ['//', '/'],
    ['/nowhere', '*'],
    ['/help/more', '*'],
  ])('matches %s to %s', (pathname, expected) => {
    expect(matchRoute(pathname, routes, fallback).path).toBe(expected);
  });
});

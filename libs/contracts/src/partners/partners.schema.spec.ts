import { webhookUrlProblem } from './partners.schema';

describe("a crisis line's webhook address", () => {
  it('must be https in production, and may be plain http elsewhere (a line’s test server on a developer’s machine)', () => {
    expect(webhookUrlProblem('http://line.example/hook', 'production')).toMatch(/must be an https address in production/);
    expect(webhookUrlProblem('HTTP://line.example/hook', 'production')).toMatch(/https/);
    expect(webhookUrlProblem('https://line.example/hook', 'production')).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook', 'development')).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook', 'test')).toBeNull();
  });
});

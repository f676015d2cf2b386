import { classifyJsonLine } from './classify-json-line';

const parse = (line: string | null) => JSON.parse(line ?? 'null') as Record<string, unknown>;

describe('classifyJsonLine', () => {
  it('answers with the contract fields, then the evidence spans that fired', () => {
    const out = parse(classifyJsonLine('{"id":"a1","text":"I am going to kill myself tonight"}'));
    expect(Object.keys(out)).toEqual(['id', 'flagged', 'crisis', 'risk', 'categories', 'scores', 'evidence']);
    const evidence = out.evidence as Array<{ start: number; end: number; text: string; category: string }>;
    expect(evidence.length).toBeGreaterThan(0);
    for (const span of evidence) expect('I am going to kill myself tonight'.slice(span.start, span.end)).toBe(span.text);
    expect(evidence.map((span) => span.text).join(' ')).toMatch(/kill myself/);
    expect(out).toMatchObject({ id: 'a1', flagged: true, crisis: true, risk: 'imminent' });
    expect(out.categories).toEqual(expect.arrayContaining(['suicidal_ideation', 'timing']));
  });

  it('keeps numeric ids', () => {
    expect(parse(classifyJsonLine('{"id":7,"text":"hello"}'))).toMatchObject({ id: 7, flagged: false, risk: 'none' });
  });

  it('skips blank lines', () => {
    expect(classifyJsonLine('   ')).toBeNull();
  });

  it('turns bad lines into an error line for that id, never an exception', () => {
    expect(parse(classifyJsonLine('{not json'))).toEqual({ id: null, error: { code: 'BAD_JSON', message: 'The line is not valid JSON.' } });
    expect(parse(classifyJsonLine('[1,2]'))).toMatchObject({ id: null, error: { code: 'BAD_LINE' } });
    expect(parse(classifyJsonLine('{"id":"b2","text":42}'))).toMatchObject({ id: 'b2', error: { code: 'BAD_LINE' } });
    expect(parse(classifyJsonLine('{"id":"c3"}'))).toMatchObject({ id: 'c3', error: { code: 'BAD_LINE' } });
  });
});

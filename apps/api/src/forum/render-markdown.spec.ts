import { XSS_PAYLOADS, unsafeParts } from '../../test/support/html-safety';
import { plainExcerpt, renderMarkdown, renderPostVersion } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders the Markdown members use', () => {
    expect(renderMarkdown('**brave** and _kind_')).toBe('<p><strong>brave</strong> and <em>kind</em></p>');
    expect(renderMarkdown('> you are not alone')).toBe('<blockquote>\n<p>you are not alone</p>\n</blockquote>');
    expect(renderMarkdown('- one\n- two')).toContain('<li>one</li>');
    expect(renderMarkdown('line one\nline two')).toBe('<p>line one<br />\nline two</p>');
  });

  it('marks external links as user content, without an opener', () => {
    expect(renderMarkdown('[988 Lifeline](https://988lifeline.org)')).toBe(
      '<p><a href="https://988lifeline.org" rel="nofollow noopener ugc">988 Lifeline</a></p>',
    );
    expect(renderMarkdown('see https://findahelpline.com')).toContain('<a href="https://findahelpline.com" rel="nofollow noopener ugc">');
  });

  it.each(XSS_PAYLOADS)('renders %j harmless', (payload) => {
    expect(unsafeParts(renderMarkdown(payload))).toEqual([]);
  });

  it('renders a table as a table, not as escaped tags, and drops its alignment styles', () => {
    const html = renderMarkdown('| Day | Mood |\n| :-- | --: |\n| Mon | low |');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Day</th>');
    expect(html).toContain('<td>low</td>');
    expect(html).not.toContain('&lt;');
    expect(html).not.toContain('style');
  });

  it('shows raw HTML as text rather than dropping the member’s words', () => {
    expect(renderMarkdown('<b>hi</b>')).toBe('<p>&lt;b&gt;hi&lt;/b&gt;</p>');
  });

  it('does not load images from other sites: at most a link the reader chooses to follow', () => {
    const html = renderMarkdown('![pixel](https://tracker.example/p.gif)');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://tracker.example/p.gif" rel="nofollow noopener ugc">pixel</a>');
  });

  it('the safety check itself catches a live tag or handler (so the corpus test can fail)', () => {
    const problems = unsafeParts('<p>ok</p><img src=x onerror=alert(1)>');
    expect(problems[0]).toBe('tag <img src=x onerror=alert(1)>');
    expect(problems.some((problem) => problem.startsWith('attribute onerror'))).toBe(true);
    expect(unsafeParts('<p onclick="x()">ok</p>')).toEqual(['attribute onclick="x()" in <p onclick="x()">']);
    expect(unsafeParts('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(unsafeParts('<p>&lt;script&gt;</p>')).toEqual([]);
  });

  it('keeps headings below the page’s own', () => {
    expect(renderMarkdown('# Big')).toBe('<h3>Big</h3>');
  });
});

describe('plainExcerpt', () => {
  it('strips markup and shortens', () => {
    expect(plainExcerpt('**Hello** <script>x</script> [there](https://a.example)')).toBe('Hello &lt;script&gt;x&lt;/script&gt; there');
    expect(plainExcerpt('word '.repeat(100), 20)).toHaveLength(20);
  });
});

describe('renderPostVersion', () => {
  it('renders once per post version and a new version renders anew', () => {
    expect(renderPostVersion('p1', 1, '**one**')).toBe('<p><strong>one</strong></p>');
    // The cache is keyed by version: the same version answers as first rendered.
    expect(renderPostVersion('p1', 1, 'ignored')).toBe('<p><strong>one</strong></p>');
    expect(renderPostVersion('p1', 2, '_two_')).toBe('<p><em>two</em></p>');
  });
});

import MarkdownIt from 'markdown-it';
import { clipText } from '@lantern/contracts';
import sanitizeHtml from 'sanitize-html';

/**
 * Members write Markdown; readers get HTML that cannot run script. Two layers on purpose:
 * markdown-it never passes raw HTML through (`html: false`) and refuses `javascript:` links,
 * then sanitize-html keeps only an allow-list of tags, attributes and URL schemes.
 *
 * Images are not rendered: an image from another site would tell that site who is reading a
 * post about their depression, and when.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false }).disable(['image']);

const SANITIZE: sanitizeHtml.IOptions = {
  // Tables too: markdown-it makes them from pipes, and a tag left off this list is shown as text
  // (a member's mood diary as `<td>low</td>`). Their alignment styles are dropped.
  allowedTags: ['p', 'br', 'em', 'strong', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Members' links are user content: no ranking credit, no window.opener, marked as UGC.
    a: (tagName, attribs) => ({ tagName, attribs: { href: attribs.href ?? '', rel: 'nofollow noopener ugc' } }),
    // A post's headings sit below the page's own h1/h2.
    h1: 'h3',
    h2: 'h4',
  },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}

/** Plain text for excerpts (quotes, search hits, moderator previews): no markup at all. */
export function plainExcerpt(source: string, max = 200): string {
  const text = sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${clipText(text, max - 1).trimEnd()}…` : text;
}

const CACHE_LIMIT = 20_000;
const rendered = new Map<string, string>();

/**
 * The same render, remembered per post version: a post is written once and read many times, and
 * sanitising is the costliest step of a thread page. A version never changes, so the cache never
 * needs invalidating; the oldest entries leave first when it is full.
 */
export function renderPostVersion(postId: string, version: number, source: string): string {
  const key = `${postId}:${version}`;
  const hit = rendered.get(key);
  if (hit !== undefined) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const html = renderMarkdown(source);
  rendered.set(key, html);
  if (rendered.size > CACHE_LIMIT) rendered.delete(rendered.keys().next().value as string);
  return html;
}

/** A standard XSS corpus (OWASP filter-evasion cheat sheet and friends), as members might post. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
  '![x](https://tracker.example/pixel.gif)',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '"><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
  '[ok](https://ok.example "title\\" onmouseover=\\"alert(1)")',
  '<object data="javascript:alert(1)"></object>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '`<script>alert(1)</script>`',
  '<details open ontoggle=alert(1)>',
];

const ALLOWED_TAGS = new Set(['p', 'br', 'em', 'strong', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'h3', 'h4', 'h5', 'h6']);

/** Every real tag (escaped text like `&lt;script&gt;` is harmless) is allowed, with safe attributes only. */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, name, attributes] of html.matchAll(/<\/?([a-z][a-z0-9]*)([^>]*)>/gi)) {
    if (!ALLOWED_TAGS.has(name.toLowerCase())) problems.push(`tag ${tag}`);
    for (const [attribute, key, value] of attributes.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) {
      if (key === 'rel' || key === 'start') continue;
      if (key === 'href' && /^(https?:\/\/|mailto:)/i.test(value ?? '')) continue;
      problems.push(`attribute ${attribute} in ${tag}`);
    }
  }
  return problems;
}


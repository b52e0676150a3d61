import MarkdownIt from 'markdown-it';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { diagramsIn, LIFECYCLES, stateDiagram, withCurrentDiagrams } from './support/lifecycle-diagrams';

const ROOT = join(__dirname, '..');
const markdown = new MarkdownIt({ html: true });
type Token = ReturnType<typeof markdown.parse>[number];

/** Every Markdown file a reader follows links through: the README, docs/, the client and the examples. */
function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === 'node_modules' || name.startsWith('.')) return [];
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') ? [path] : [];
    });
  return [join(ROOT, 'README.md'), ...['docs', 'client', 'examples'].filter((d) => existsSync(join(ROOT, d))).flatMap((d) => walk(join(ROOT, d)))];
}

const inlineText = (token: Token) =>
  (token.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline')
    .map((c) => c.content)
    .join('');

/** A heading's anchor as GitHub writes it: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
function anchorsOf(tokens: Token[]): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const slug = inlineText(tokens[i + 1])
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  });
  return anchors;
}

function linksOf(tokens: Token[]): string[] {
  const links: string[] = [];
  const visit = (list: Token[]) =>
    list.forEach((token) => {
      if (token.type === 'link_open') links.push(String(token.attrGet('href') ?? ''));
      if (token.type === 'image') links.push(String(token.attrGet('src') ?? ''));
      if (token.children) visit(token.children);
    });
  visit(tokens);
  return links;
}

describe('the documentation', () => {
  const files = markdownFiles();
  const parsed = new Map(files.map((file) => [file, markdown.parse(readFileSync(file, 'utf8'), {})]));

  it('has every internal link and anchor lead somewhere that exists', () => {
    const broken: string[] = [];
    for (const [file, tokens] of parsed) {
      for (const href of linksOf(tokens)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // http(s), mailto: outside the repository
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const target = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
        const where = `${relative(ROOT, file)} → ${href}`;
        if (!existsSync(target)) broken.push(`${where}: no file ${relative(ROOT, target)}`);
        else if (anchor !== undefined) {
          const targetTokens = parsed.get(target) ?? (target.endsWith('.md') ? markdown.parse(readFileSync(target, 'utf8'), {}) : null);
          if (!targetTokens) broken.push(`${where}: an anchor into a file that is not Markdown`);
          else if (!anchorsOf(targetTokens).has(anchor)) broken.push(`${where}: no heading #${anchor} in ${relative(ROOT, target)}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('draws the order and return lifecycles exactly as their transition tables allow', () => {
    const file = join(ROOT, 'docs', 'architecture.md');
    const text = readFileSync(file, 'utf8');
    // `npm run docs:diagrams` rewrites them from the tables.
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, withCurrentDiagrams(text));
    const drawn = diagramsIn(readFileSync(file, 'utf8'));
    for (const [name, lifecycle] of Object.entries(LIFECYCLES))
      expect({ name, diagram: drawn[name] }).toEqual({ name, diagram: stateDiagram(lifecycle) });
  });

  it('keeps the README a front door that gives the two commands CI runs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toMatch(/^npm test\b/m);
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});

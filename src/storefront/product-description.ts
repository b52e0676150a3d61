import MarkdownIt from 'markdown-it';

// Light Markdown only: paragraphs, line breaks, lists, *emphasis*, **strong** and links. Raw HTML is escaped
// (html: false), and markdown-it refuses javascript:, vbscript: and data: links; images would let a
// description pull content from anywhere, headings would break the page's outline.
const markdown = new MarkdownIt('commonmark', { html: false, breaks: true }).disable([
  'image',
  'heading',
  'lheading',
  'code',
  'fence',
  'hr',
  'html_block',
  'html_inline',
  'reference',
  'blockquote',
]);

// Links in a manufacturer's text leave the store: mark them so, and give them no referrer or opener.
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
markdown.renderer.rules.link_open = (tokens, i, options, env, self) => {
  tokens[i].attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, i, options, env, self);
};

/** A product description (plain text with light Markdown) as safe HTML for the product page. */
export function descriptionHtml(text: string): string {
  return markdown.render(text);
}

/** The description's first paragraph as plain text, for the catalogue's cards and the page's meta description. */
export function descriptionSummary(text: string, max = 160): string {
  const plain = text
    .split(/\n\s*\n/)[0]
    .replace(/[*_`[\]]|\(https?:[^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

import { descriptionHtml, descriptionSummary } from './product-description';

describe('product descriptions', () => {
  it('formats paragraphs, lists and emphasis', () => {
    expect(descriptionHtml('A **light** frame.\n\n- 54 cm\n- 8.2 kg')).toBe(
      '<p>A <strong>light</strong> frame.</p>\n<ul>\n<li>54 cm</li>\n<li>8.2 kg</li>\n</ul>\n',
    );
  });

  it('escapes HTML and refuses script links, so a description cannot run code in the store', () => {
    const html = descriptionHtml('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('marks links as leaving the store', () => {
    expect(descriptionHtml('[Sizing](https://example.com/sizes)')).toContain(
      '<a href="https://example.com/sizes" rel="nofollow noopener noreferrer">Sizing</a>',
    );
  });

  it('summarises the first paragraph as plain text', () => {
    expect(descriptionSummary('A **light** [frame](https://x.example).\n\nMore.')).toBe('A light frame.');
    expect(descriptionSummary('word '.repeat(100), 20)).toHaveLength(20);
  });
});

import { asSentence } from './sentence';

describe('asSentence', () => {
  it('adds a full stop only where none ends the text, quotes and brackets included', () => {
    expect(asSentence('Product recalled')).toBe('Product recalled.');
    expect(asSentence('Product recalled.')).toBe('Product recalled.');
    expect(asSentence('Is it in stock?')).toBe('Is it in stock?');
    expect(asSentence('“Ready the same day.”')).toBe('“Ready the same day.”');
    expect(asSentence('“Ready the same day”')).toBe('“Ready the same day”.');
    expect(asSentence('(see the label.) ')).toBe('(see the label.)');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/escape-html.js';

const decodeHtml = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] as string);

describe('escapeHtml', () => {
  it('leaves no character that could open a tag or end an attribute, and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const html = escapeHtml(text);
        expect(html).not.toMatch(/[<>"']/);
        expect(decodeHtml(html)).toBe(text);
      }),
    );
  });

  it('turns markup into text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});

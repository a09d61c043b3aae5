import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../src/json-for-script.js';

describe('jsonForScript', () => {
  it('reads back unchanged and holds no <, > or & that could end its script element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = jsonForScript(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('escapes a closing script tag inside a string', () => {
    expect(jsonForScript('</script><script>alert(1)</script>')).toBe(
      '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"',
    );
  });
});

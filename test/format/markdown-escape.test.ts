// Article text in the Markdown report is shown, never run: HTML and Markdown syntax from a report stay literal.
import { describe, expect, it } from 'vitest';
import { md } from '../../src/format/format-markdown.js';

describe('md', () => {
  it('turns HTML into text that shows it', () => {
    expect(md('<script>alert(1)</script> 5 killed')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; 5 killed');
    expect(md('<img src=x onerror=alert(1)>')).not.toContain('<');
  });

  it('keeps emphasis, links, tables and footnote marks literal', () => {
    expect(md('*bold* _it_ [x](http://e.test) a|b [^1] `code` # h')).toBe(
      '\\*bold\\* \\_it\\_ \\[x\\](http://e.test) a\\|b \\[^1\\] \\`code\\` \\# h',
    );
  });

  it('leaves ordinary prose alone', () => {
    expect(md('Pakistan’s military said 21 passengers were killed, along with four soldiers.')).toBe(
      'Pakistan’s military said 21 passengers were killed, along with four soldiers.',
    );
  });
});

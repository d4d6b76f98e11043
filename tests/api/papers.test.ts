// Opening a source: the paper with its lines numbered and the cited ones highlighted.
import { describe, expect, it } from 'vitest';
import { renderPaper } from '../../server/http/paperRoutes.js';
import { seededApp } from '../support/app.js';

const ctx = seededApp();

describe('GET /papers/:file', () => {
  it('shows the cited lines of a paper, highlighted', async () => {
    const response = await fetch(`${ctx.app.url}/papers/004_42186ddcc7bb4984.txt?from=339&to=339`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(
      /<tr id="L339" class="hit"><td class="n">339<\/td><td>Schrems II-dommen har ført til utsettelse/,
    );
    expect(html).not.toMatch(/<tr id="L338" class="hit"/);
    expect(html).toContain('Nasjonalt e-helsestyre møte 1/2021');
  });

  it.each(['../package.json', '999_ffff.txt', 'README.md'])('refuses %s', async (file) => {
    const response = await fetch(`${ctx.app.url}/papers/${encodeURIComponent(file)}`);
    expect(response.status).toBe(404);
  });

  it('escapes the paper text', () => {
    expect(renderPaper('x.txt', '<b>Møte</b> & <script>', 1, 1, 'T')).toContain(
      '&lt;b&gt;Møte&lt;/b&gt; &amp; &lt;script&gt;',
    );
  });
});

// GET /papers/:file?from=L&to=M — a source paper as a page with numbered lines, the cited lines
// highlighted and scrolled into view, so "open the source" shows the quote where it stands.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Request, type Response, Router } from 'express';
import type { TokenTable } from '../auth/viewer.js';
import { repoRoot } from '../repoRoot.js';
import { requireRole } from './auth.js';
import { methodNotAllowed } from './errorResponse.js';

const PAPER = /^\d{3}_[0-9a-f]+\.txt$/;

/** The page's one script, always the same text, so the CSP allows it by its hash. */
export const PAPER_SCRIPT = "document.querySelector('tr.hit')?.scrollIntoView();";

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

export function renderPaper(
  file: string,
  text: string,
  from: number | null,
  to: number | null,
  title: string,
): string {
  const lines = text.split('\n');
  const rows = lines
    .map((line, i) => {
      const n = i + 1;
      const hit = from !== null && to !== null && n >= from && n <= to;
      return `<tr id="L${n}"${hit ? ' class="hit"' : ''}><td class="n">${n}</td><td>${escapeHtml(line) || '&nbsp;'}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24}
header{position:sticky;top:0;background:#005b7f;color:#fff;padding:.6rem 1rem}
header h1{font-size:1.1rem;margin:0}header p{margin:.2rem 0 0;opacity:.9;font-size:.9rem}
table{border-collapse:collapse;font-family:ui-monospace,monospace;font-size:.85rem;background:#fff;width:100%}
td{padding:0 .6rem;vertical-align:top;white-space:pre-wrap}td.n{color:#58606b;text-align:right;user-select:none;width:4rem}
tr{scroll-margin-top:4.5rem}tr.hit td{background:#fff3bf}tr.hit td.n{color:#1b1f24;font-weight:600}
</style></head><body>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(file)}${from !== null ? ` · linje ${from}–${to}` : ''}</p></header>
<table>${rows}</table>
<script>${PAPER_SCRIPT}</script>
</body></html>`;
}

/** The papers are read like the rest of the portfolio: the viewer role, with the same token rules as the exports. */
export function paperRouter(titles: Record<string, string>, tokens: TokenTable): Router {
  const router = Router();
  router.get(
    '/papers/:file',
    requireRole(tokens, 'viewer'),
    (req: Request<{ file: string }>, res: Response) => {
      const file = req.params.file;
      const path = join(repoRoot, 'seed', 'papers', file);
      if (!PAPER.test(file) || !existsSync(path)) {
        res.status(404).json({
          code: 'NOT_FOUND',
          messageNb: `Fant ikke dokumentet «${file}».`,
          messageEn: `No paper "${file}".`,
        });
        return;
      }
      const from = Number(req.query.from);
      const to = Number(req.query.to ?? req.query.from);
      const range =
        Number.isInteger(from) && from > 0 && Number.isInteger(to) && to >= from ? [from, to] : [null, null];
      res
        .type('html')
        .send(
          renderPaper(
            file,
            readFileSync(path, 'utf8'),
            range[0] ?? null,
            range[1] ?? null,
            titles[file] ?? file,
          ),
        );
    },
  );
  router.all('/papers/:file', methodNotAllowed(['GET', 'HEAD']));
  return router;
}

// The saksunderlag as Markdown (CommonMark with GFM tables), for pasting into papers and wikis.

import type { YearAgendaExportData } from '../services/yearAgendaSheets.js';
import type { Locale } from './labels.js';
import { type Block, saksunderlag } from './saksunderlag.js';

/** Escapes what Markdown would read as markup; line breaks become spaces (a table cell is one line). */
export function mdText(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

const cell = (text: string) => mdText(text).trim() || ' ';

function block(b: Block, locale: Locale): string {
  switch (b.kind) {
    case 'keep':
      return b.blocks.map((inner) => block(inner, locale)).join('\n\n');
    case 'pageBreak':
      return '---';
    case 'notes':
      // One note a line (a hard break), so a pasted list reads as footnotes.
      return `**${mdText(b.label)}**\n\n${b.items.map((i) => mdText(i)).join('  \n')}`;
    case 'title':
      return `# ${mdText(b.text)}\n\n**${mdText(b.subtitle)}**`;
    case 'heading':
      return `${'#'.repeat(b.level)} ${mdText(b.text)}`;
    case 'paragraph':
      return mdText(b.text);
    case 'facts':
      return b.rows.map(([k, v]) => `- **${mdText(k)}:** ${mdText(v)}`).join('\n');
    case 'list':
      return `**${mdText(b.label)}**\n\n${
        b.items.length
          ? b.items.map((i) => `- ${mdText(i)}`).join('\n')
          : `- ${locale === 'nb' ? 'Ingen' : 'None'}`
      }`;
    case 'table':
      if (b.rows.length === 0) return `**${mdText(b.label)}**\n\n- ${locale === 'nb' ? 'Ingen' : 'None'}`;
      return [
        `**${mdText(b.label)}**`,
        '',
        `| ${b.header.map(cell).join(' | ')} |`,
        `|${b.header.map(() => ' --- ').join('|')}|`,
        ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

export function yearAgendaMarkdown(data: YearAgendaExportData, locale: Locale, date?: string): string {
  const doc = saksunderlag(data, locale, date);
  return `${doc.blocks.map((b) => block(b, locale)).join('\n\n')}\n`;
}

// A refused undo in plain words: the API names the ids that changed since (nodes, or relationships as
// from-[TYPE]->to); the names the change set carried make them readable. Pure.
import { format, type Messages } from '../../i18n/messages';

const RELATIONSHIP = /^(.+)-\[(\w+)\]->(.+)$/;

/** «Name» for a node, "the dependency A → B" for a relationship; the id when no name is known. */
export function nameOfId(id: string, names: Readonly<Record<string, string>>, t: Messages): string {
  const rel = RELATIONSHIP.exec(id);
  if (rel) {
    const [, from = '', , to = ''] = rel;
    return format(t.conflictDependency, { from: names[from] ?? from, to: names[to] ?? to });
  }
  return `«${names[id] ?? id}»`;
}

/** "«A», «B» og avhengigheten C → D" (at most five, then "…"). */
export function listOfIds(ids: readonly string[], names: Readonly<Record<string, string>>, t: Messages) {
  if (ids.length === 0) return t.undoConflictUnknown;
  const shown = ids.slice(0, 5).map((id) => nameOfId(id, names, t));
  if (ids.length > 5) shown.push('…');
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')}${t.deleteAnd}${shown.at(-1)}`;
}

export function conflictMessage(
  kind: 'undo' | 'redo',
  name: string,
  ids: readonly string[],
  names: Readonly<Record<string, string>>,
  t: Messages,
): string {
  return format(kind === 'undo' ? t.undoConflict : t.redoConflict, {
    name,
    what: listOfIds(ids, names, t),
  });
}

/** The names a change set's changes carry (their before or after `name`), by id. */
export function namesOfChanges(
  changes: readonly { id: string; before?: string | null; after?: string | null }[],
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const c of changes) {
    for (const json of [c.after, c.before]) {
      if (!json) continue;
      try {
        const props = JSON.parse(json) as { name?: unknown };
        if (typeof props.name === 'string') {
          names[c.id] = props.name;
          break;
        }
      } catch {
        // not JSON: no name
      }
    }
  }
  return names;
}

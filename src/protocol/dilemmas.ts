/**
 * The dilemma round, Gedragen Gedrag style: statements about online behaviour that a group
 * answers as oké / niet oké / hangt ervan af, then the protocol's view and a question to
 * talk about. Authored in stories/dilemmas.json; checked here.
 */
export const THEMES = [
  'relaties-seks',
  'agressie',
  'vooroordelen',
  'seksuele-diversiteit',
  'pesten',
  'online',
] as const;
export type Theme = (typeof THEMES)[number];

export const VIEWS = ['oké', 'niet oké', 'hangt ervan af'] as const;
export type View = (typeof VIEWS)[number];

export interface Dilemma {
  id: string;
  theme: Theme;
  statement: string;
  /** The view the protocol and the law support; null for the advisor's own situation. */
  view: View | null;
  protocol: string;
  discuss: string;
}

export type Audience = 'student' | 'staff';
export type DilemmaSet = Record<Audience, Dilemma[]>;

/** Checks the authored file; throws with the id and the problem. */
export function parseDilemmas(raw: unknown): DilemmaSet {
  const out: DilemmaSet = { student: [], staff: [] };
  if (!raw || typeof raw !== 'object') throw new Error('dilemmas.json: geen object');
  for (const audience of ['student', 'staff'] as const) {
    const list = (raw as Record<string, unknown>)[audience];
    if (!Array.isArray(list)) throw new Error(`dilemmas.json: "${audience}" is geen lijst`);
    const ids = new Set<string>();
    for (const item of list) {
      const d = item as Partial<Dilemma>;
      const id = typeof d.id === 'string' ? d.id : '?';
      const problem = !/^[sp]-[a-z0-9-]+$/.test(id)
        ? 'id'
        : ids.has(id)
          ? 'id komt twee keer voor'
          : !(THEMES as readonly unknown[]).includes(d.theme)
            ? 'theme'
            : !(VIEWS as readonly unknown[]).includes(d.view)
              ? 'view'
              : !d.statement?.trim()
                ? 'statement'
                : !d.protocol?.trim()
                  ? 'protocol'
                  : !d.discuss?.trim()
                    ? 'discuss'
                    : null;
      if (problem) throw new Error(`dilemmas.json: ${audience} "${id}": ${problem} ontbreekt of klopt niet`);
      ids.add(id);
      out[audience].push(d as Dilemma);
    }
  }
  return out;
}

export function dilemmasFor(set: DilemmaSet, audience: Audience, theme: Theme | null): Dilemma[] {
  return set[audience].filter((d) => theme === null || d.theme === theme);
}

/** A situation the advisor adds on the spot: no protocol view, only the talk. */
export function ownDilemma(statement: string, n: number): Dilemma {
  return { id: `eigen-${n}`, theme: 'online', statement: statement.trim(), view: null, protocol: '', discuss: '' };
}

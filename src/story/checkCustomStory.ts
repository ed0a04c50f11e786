/**
 * Checks an advisor's own story, in the browser (inside a worker, so a story that never
 * ends cannot freeze the tab): size, compile, the tag contract on every path, and a plain
 * Dutch explanation per problem with its line.
 */
import { compileInk, InkCompileError, type InkMessage } from './compileInk.ts';
import { exploreStory } from './explore.ts';
import { gameExternals } from './externals.ts';
import { StoryRunner } from './StoryRunner.ts';
import type { StoryMeta } from './tags.ts';

export const MAX_CUSTOM_BYTES = 1024 * 1024;
/** Distinct choice points explored before a story counts as endless. */
export const MAX_CUSTOM_STATES = 20_000;

export interface CustomProblem {
  line: number | null;
  message: string;
  /** What it means, in plain Dutch for an advisor. */
  explanation: string;
}

export type CustomCheck =
  | { ok: true; meta: StoryMeta; json: string; decisions: number; endings: number; warnings: CustomProblem[] }
  | { ok: false; problems: CustomProblem[] };

const EXPLANATIONS: [RegExp, string][] = [
  [
    /Divert target not found|not found/i,
    'Een pijl (->) wijst naar een deel dat niet bestaat. Controleer de naam na de pijl.',
  ],
  [
    /loose end|ran out of content/i,
    'Hier houdt het verhaal op zonder keuze of einde. Zet er een keuze of "-> END" onder.',
  ],
  [/Expected/i, 'Hier staat iets wat Ink niet begrijpt. Kijk naar haakjes, pijlen en sterretjes op deze regel.'],
  [/koptag .* ontbreekt/i, 'Bovenaan het bestand ontbreekt een verplichte tag. Zie de handleiding voor de lijst.'],
  [/onbekende (kop)?tag/i, 'Deze tag kent het spel niet. Gebruik alleen de tags uit de handleiding.'],
  [
    /mist "# (step|rating)/i,
    'Elke keuze heeft een protocolstap en een beoordeling nodig: [Tekst #step: … #rating: goed]',
  ],
  [/geen "# feedback"/i, 'Na deze keuze komt geen feedback. Zet onder de keuze een regel met # feedback.'],
  [/ending/i, 'Elk einde heeft een slotregel met # ending: en een korte titel.'],
  [/lus zonder uitweg|keuzemomenten|eindeloos/i, 'Het verhaal komt steeds terug op dezelfde plek en eindigt nooit.'],
];

export function explain(message: string): string {
  return EXPLANATIONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'Controleer deze regel met de handleiding.';
}

const problem = (m: Pick<InkMessage, 'line' | 'message'>): CustomProblem => ({
  line: m.line,
  message: m.message,
  explanation: explain(m.message),
});

export function checkCustomStory(source: string, fileName: string): CustomCheck {
  if (new TextEncoder().encode(source).length > MAX_CUSTOM_BYTES) {
    return {
      ok: false,
      problems: [
        {
          line: null,
          message: 'bestand groter dan 1 MB',
          explanation: 'Dit bestand is te groot. Een scenario is meestal kleiner dan 100 kB.',
        },
      ],
    };
  }
  let json: string;
  let warnings: CustomProblem[];
  try {
    const compiled = compileInk(source, fileName);
    json = compiled.json;
    warnings = compiled.warnings.map(problem);
  } catch (error) {
    if (error instanceof InkCompileError) return { ok: false, problems: error.messages.map(problem) };
    return { ok: false, problems: [problem({ line: null, message: String((error as Error).message ?? error) })] };
  }
  try {
    const meta = new StoryRunner(json, { name: fileName, externals: gameExternals({ facilitator: false }) }).meta;
    const report = exploreStory(json, fileName, {
      externals: gameExternals({ facilitator: false }),
      maxStates: MAX_CUSTOM_STATES,
    });
    if (report.problems.length > 0)
      return { ok: false, problems: report.problems.map((message) => problem({ line: null, message })) };
    return { ok: true, meta, json, decisions: report.decisionsMax, endings: report.endings.length, warnings };
  } catch (error) {
    return { ok: false, problems: [problem({ line: null, message: (error as Error).message })] };
  }
}

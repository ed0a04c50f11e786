/**
 * The attempt as xAPI statements in the e-UCM serious-games profile (initialized,
 * progressed, selected with the option, completed with the score), for a school's
 * learning record store. The game only writes a file; it sends nothing anywhere.
 */
import { buildDebrief } from './debrief.ts';
import type { PlayLog } from './playLog.ts';

const VERB = {
  initialized: 'https://w3id.org/xapi/adb/verbs/initialized',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  selected: 'https://w3id.org/xapi/adb/verbs/selected',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

const TYPE = {
  game: 'https://w3id.org/xapi/seriousgames/activity-types/serious-game',
  question: 'http://adlnet.gov/expapi/activities/question',
} as const;

const EXT = {
  progress: 'https://w3id.org/xapi/seriousgames/extensions/progress',
  rating: 'https://onlinegrenzen.nl/xapi/extensions/rating',
  step: 'https://onlinegrenzen.nl/xapi/extensions/protocol-step',
} as const;

export interface XapiOptions {
  /** The activity IRI base, e.g. the school's address of the game. */
  base: string;
  /** An anonymous actor: no names unless the player typed one. */
  actorName: string;
  title: string;
  startedAt: Date;
  finishedAt: Date;
}

export interface XapiStatement {
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: { 'nl-NL': string } };
  object: { objectType: 'Activity'; id: string; definition: { type: string; name: { 'nl-NL': string } } };
  result?: Record<string, unknown>;
  timestamp: string;
}

export function xapiStatements(log: PlayLog, o: XapiOptions): XapiStatement[] {
  const actor = { objectType: 'Agent' as const, name: o.actorName, account: { homePage: o.base, name: o.actorName } };
  const game = {
    objectType: 'Activity' as const,
    id: `${o.base}/scenario/${log.storyId}`,
    definition: { type: TYPE.game, name: { 'nl-NL': o.title } },
  };
  const verb = (id: string, display: string) => ({ id, display: { 'nl-NL': display } });
  const total = Math.max(1, log.decisions.length);
  const span = o.finishedAt.getTime() - o.startedAt.getTime();
  const at = (i: number) => new Date(o.startedAt.getTime() + (span * i) / (total + 1)).toISOString();
  const statements: XapiStatement[] = [
    { actor, verb: verb(VERB.initialized, 'gestart'), object: game, timestamp: o.startedAt.toISOString() },
  ];
  log.decisions.forEach((decision, i) => {
    const chosen = decision.options[decision.chosen];
    if (!chosen) return;
    statements.push({
      actor,
      verb: verb(VERB.selected, 'koos'),
      object: {
        objectType: 'Activity',
        id: `${game.id}/keuze/${i + 1}`,
        definition: { type: TYPE.question, name: { 'nl-NL': decision.options.map((x) => x.text).join(' | ') } },
      },
      result: {
        response: chosen.text,
        success: chosen.rating === 'goed',
        extensions: { [EXT.rating]: chosen.rating, [EXT.step]: chosen.step },
      },
      timestamp: at(i + 1),
    });
    statements.push({
      actor,
      verb: verb(VERB.progressed, 'vorderde'),
      object: game,
      result: { extensions: { [EXT.progress]: Math.round(((i + 1) / total) * 100) / 100 } },
      timestamp: at(i + 1),
    });
  });
  if (log.finished) {
    const { score } = buildDebrief(log);
    statements.push({
      actor,
      verb: verb(VERB.completed, 'voltooide'),
      object: game,
      result: {
        completion: true,
        success: (score.percent ?? 0) >= 60,
        score: {
          raw: score.points,
          min: 0,
          max: score.max,
          scaled: score.max > 0 ? Math.round((score.points / score.max) * 100) / 100 : 0,
        },
        duration: `PT${Math.max(0, Math.round(span / 1000))}S`,
      },
      timestamp: o.finishedAt.toISOString(),
    });
  }
  return statements;
}

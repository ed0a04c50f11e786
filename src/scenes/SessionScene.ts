import Phaser from 'phaser';
import { language, longDate, t } from '../i18n/i18n.ts';
import { type SessionSummary, summarizeSession } from '../protocol/facilitation.ts';
import type { PlayLog } from '../protocol/playLog.ts';
import { stepInfo } from '../protocol/steps.ts';
import { findStory } from '../story/catalog.ts';
import { download } from '../ui/download.ts';
import { COLORS } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

export interface SessionData {
  log: PlayLog;
  storyId: string;
  tallies: number[][];
  /** A dilemma round: no protocol steps, the title given. */
  title?: string;
  dilemmas?: boolean;
}

/**
 * The end of a group session: the group's score per step, where votes split most, and the
 * agreements the group made, written by the advisor. Printable and exportable; nothing
 * about individual pupils is in it.
 */
export class SessionScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('SessionScene', ctx);
  }

  create(data: SessionData): void {
    this.begin('klaslokaal', 0.9);
    const title = data.title ?? findStory(data.storyId)?.meta.title ?? data.storyId;
    let agreements: string[] = [];
    const summary = () => summarizeSession(data.log, data.tallies, agreements);
    const first = summary();

    this.addText(60, 40, t('facilitator.summary'), 'h1', { fontStyle: 'bold' });
    this.addText(60, 110, title, 'h2', { color: COLORS.mutedOnDark });
    this.addText(
      60,
      190,
      first.score.percent === null
        ? t('debrief.scoreNone')
        : t('facilitator.groupScore', { percent: first.score.percent }),
      'h2',
      { fontStyle: 'bold' },
    );
    let y = 260;
    for (const step of data.dilemmas ? [] : first.score.perStep.slice(0, 6)) {
      this.addText(60, y, `${stepInfo(step.step, language()).title}: ${step.points}/${step.max}`, 'small');
      y += 44;
    }
    this.addText(60, y + 20, t('facilitator.splitTitle'), 'body', { fontStyle: 'bold' });
    y += 76;
    if (first.splits.length === 0) this.addText(60, y, t('facilitator.noSplits'), 'small');
    for (const split of first.splits.slice(0, 3)) {
      const line = this.addText(
        60,
        y,
        `${t('facilitator.split', { number: split.number, votes: split.tally.join(' – ') })}\n${split.options.map((o) => o.text).join(' / ')}`,
        'tiny',
        { wordWrap: { width: 760 }, color: COLORS.mutedOnDark },
      );
      y += line.height + 16;
    }

    // Agreements: a real text field, laid over the right half of the screen.
    this.addText(900, 190, t('facilitator.agreements'), 'h2', { fontStyle: 'bold' });
    this.addText(900, 250, t('facilitator.agreementsHint'), 'tiny', {
      wordWrap: { width: 940 },
      color: COLORS.mutedOnDark,
    });
    const box = this.add.graphics();
    box.fillStyle(COLORS.paper, 1).fillRoundedRect(900, 330, 960, 560, 18);
    const field = document.createElement('textarea');
    field.className = 'a11y-field';
    field.setAttribute('aria-label', t('facilitator.agreements'));
    const bounds = { x: 920, y: 350, width: 920, height: 520 };
    Object.assign(field.style, {
      left: `${(bounds.x / 1920) * 100}%`,
      top: `${(bounds.y / 1080) * 100}%`,
      width: `${(bounds.width / 1920) * 100}%`,
      height: `${(bounds.height / 1080) * 100}%`,
    });
    const group = this.ctx.a11y.group(this.scene.key, t('facilitator.agreements'));
    group.append(field);
    const report = this.ctx.a11y.report(this.scene.key);
    // Remade after the screen has drawn, and after typing, not in the keystroke itself.
    const copy = this.printable(() => fillReport(report, title, summary()));
    const refresh = () => {
      agreements = field.value.split('\n');
      copy.changed();
    };
    field.addEventListener('input', refresh);
    refresh();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => field.remove());

    this.addButton({
      x: 60,
      y: 976,
      width: 360,
      height: 84,
      label: t('facilitator.print'),
      variant: 'primary',
      fontSize: this.fs('small'),
      // Printing fills the copy if typing left it behind (beforeprint), as on the debrief.
      onActivate: () => window.print(),
    });
    this.addButton({
      x: 440,
      y: 976,
      width: 420,
      height: 84,
      label: t('facilitator.export'),
      variant: 'secondary',
      fontSize: this.fs('small'),
      onActivate: () => {
        refresh();
        download(
          `sessie-${data.storyId}.json`,
          JSON.stringify({ title, date: new Date().toISOString(), ...summary() }, null, 2),
        );
      },
    });
    this.addButton({
      x: 880,
      y: 976,
      width: 360,
      height: 84,
      label: t('facilitator.newSession'),
      variant: 'ghost',
      fontSize: this.fs('small'),
      onActivate: () => this.scene.start('SelectScene', { mode: 'student', facilitator: true }),
    });
    this.addHelpButton();
    field.focus();
  }
}

/** The printable page: plain DOM text, shown only when printing (and to screen readers). */
function fillReport(report: HTMLElement, title: string, s: SessionSummary): void {
  const el = (tag: string, text: string) => {
    const node = document.createElement(tag);
    node.textContent = text;
    return node;
  };
  const list = (items: string[]) => {
    const ul = document.createElement('ul');
    for (const item of items) ul.append(el('li', item));
    return ul;
  };
  report.replaceChildren(
    el('h1', `${t('facilitator.summary')}: ${title}`),
    el('p', longDate(new Date())),
    el(
      'p',
      s.score.percent === null ? t('debrief.scoreNone') : t('facilitator.groupScore', { percent: s.score.percent }),
    ),
    el('h2', t('debrief.perStep')),
    list(s.score.perStep.map((p) => `${stepInfo(p.step, language()).title}: ${p.points}/${p.max}`)),
    el('h2', t('facilitator.splitTitle')),
    splitList(s, el),
    el('h2', t('facilitator.agreements')),
    list(s.agreements),
  );
}

/** Each split decision with every option and the votes it got. */
function splitList(s: SessionSummary, el: (tag: string, text: string) => HTMLElement): HTMLElement {
  const list = document.createElement('ol');
  for (const split of s.splits.slice(0, 5)) {
    const item = el('li', t('facilitator.split', { number: split.number, votes: split.tally.join(' – ') }));
    const options = document.createElement('ul');
    split.options.forEach((option, i) => {
      options.append(el('li', `${split.tally[i] ?? 0}× ${option.text}`));
    });
    item.append(options);
    list.append(item);
  }
  return list;
}

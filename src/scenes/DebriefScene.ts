import Phaser from 'phaser';
import { language, longDate, t } from '../i18n/i18n.ts';
import { buildDebrief, type Debrief } from '../protocol/debrief.ts';
import type { PlayLog } from '../protocol/playLog.ts';
import { RATING_POINTS, stepInfo } from '../protocol/steps.ts';
import { xapiStatements } from '../protocol/xapi.ts';
import { findStory } from '../story/catalog.ts';
import type { DocBlock } from '../ui/AccessibleLayer.ts';
import { download } from '../ui/download.ts';
import { COLORS, GAME_WIDTH, RATING_COLORS } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';
import type { PlayData } from './PlayScene.ts';

/** The decision cards stand between these heights, above the page buttons. */
const CARDS_TOP = 200;
const CARDS_BOTTOM = 875;

interface CardLine {
  text: string;
  size: 'small' | 'tiny';
  style: Partial<Phaser.Types.GameObjects.Text.TextStyle>;
}

interface DebriefData {
  log: PlayLog;
  storyId: string;
  record?: boolean;
  page?: number;
  view?: 'choices' | 'protocol';
}

/** The debrief: score, stars, the score per protocol step, and every decision with feedback. */
export class DebriefScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('DebriefScene', ctx);
  }

  create(data: DebriefData): void {
    const entry = findStory(data.storyId);
    const debrief = buildDebrief(data.log, language());
    const page = data.page ?? 0;
    const title = entry?.meta.title ?? data.storyId;
    // Attempts before this one (once recorded, this one is the last of them).
    const past = this.ctx.store.getState().results.filter((r) => r.storyId === data.storyId);
    const earlier = data.record ? past : past.slice(0, -1);
    if (data.record) {
      this.ctx.store.getState().recordResult({
        storyId: data.storyId,
        finishedAt: new Date().toISOString(),
        points: debrief.score.points,
        max: debrief.score.max,
        percent: debrief.score.percent,
        ending: debrief.ending,
        perStep: debrief.score.perStep,
      });
      this.ctx.audio.ui('debrief');
    }
    this.begin('kamer-vp', 0.88);
    this.drawSummary(
      debrief,
      title,
      earlier.map((r) => r.percent),
    );
    const view = data.view ?? 'choices';
    this.drawTabs(data, view);
    if (view === 'protocol') this.drawProtocol(debrief);
    else this.drawDecisions(debrief, data, page);
    if (page === 0 && view === 'choices') {
      this.ctx.a11y.document(
        this.scene.key,
        debriefText(
          debrief,
          title,
          earlier.map((r) => r.percent),
        ),
      );
    }
    const report = this.ctx.a11y.report(this.scene.key);
    // Screen readers already have the debrief as text; the report is for paper, so it is
    // made once the debrief has drawn, or at once when printing starts sooner.
    report.setAttribute('aria-hidden', 'true');
    this.printable(() => fillReport(report, debrief, title));

    const buttons: { label: string; action: () => void; variant: 'primary' | 'secondary' | 'ghost' }[] = [
      {
        label: t('debrief.again'),
        variant: 'secondary',
        action: () => this.scene.start('WarningScene', { storyId: data.storyId }),
      },
    ];
    const pair = entry?.meta.pair ? findStory(entry.meta.pair) : undefined;
    if (pair) {
      buttons.push({
        label: pair.meta.mode === 'staff' ? t('debrief.playStaff') : t('debrief.playStudent'),
        variant: 'primary',
        action: () => this.scene.start('WarningScene', { storyId: pair.meta.id }),
      });
    }
    buttons.push({ label: t('debrief.menu'), variant: 'ghost', action: () => this.scene.start('TitleScene') });
    buttons.push({ label: t('debrief.print'), variant: 'secondary', action: () => window.print() });
    buttons.push({
      label: t('debrief.saveJson'),
      variant: 'secondary',
      action: () =>
        download(`poging-${data.storyId}.json`, JSON.stringify(attemptFile(data.log, debrief, title), null, 2)),
    });
    buttons.push({
      label: t('debrief.saveXapi'),
      variant: 'secondary',
      action: () =>
        download(
          `xapi-${data.storyId}.json`,
          JSON.stringify(
            xapiStatements(data.log, {
              base: new URL('.', location.href).href.replace(/\/$/, ''),
              actorName: 'speler',
              title,
              startedAt: new Date(data.log.startedAt ?? Date.now()),
              finishedAt: new Date(),
            }),
            null,
            2,
          ),
        ),
    });
    buttons.forEach((b, i) => {
      this.addButton({
        x: 40 + i * 308,
        y: 980,
        width: 292,
        height: 80,
        label: b.label,
        variant: b.variant,
        fontSize: this.fs('tiny'),
        onActivate: b.action,
      });
    });
    this.addHelpButton();
  }

  private drawTabs(data: DebriefData, view: 'choices' | 'protocol'): void {
    const tabs = [
      { key: 'choices', label: t('debrief.yourChoices') },
      { key: 'protocol', label: t('debrief.protocolSays') },
    ] as const;
    tabs.forEach((tab, i) => {
      const button = this.addButton({
        x: 860 + i * 420,
        y: 118,
        width: 400,
        height: 64,
        label: tab.label,
        variant: tab.key === view ? 'primary' : 'secondary',
        fontSize: this.fs('tiny'),
        onActivate: () => this.scene.restart({ ...data, record: false, page: 0, view: tab.key }),
      });
      button.twin.element.setAttribute('aria-pressed', String(tab.key === view));
    });
  }

  /** What the protocol says about the steps this play touched, and where to find help. */
  private drawProtocol(debrief: Debrief): void {
    const left = 860;
    const width = GAME_WIDTH - left - 60;
    let y = 210;
    for (const step of debrief.steps) {
      const head = this.addText(left, y, step.title, 'small', { fontStyle: 'bold' });
      const body = this.addText(left, y + head.height + 2, step.explanation, 'tiny', {
        color: COLORS.mutedOnDark,
        wordWrap: { width, useAdvancedWrap: true },
      });
      y += head.height + body.height + 18;
      if (y > 820) break;
    }
    this.addText(left, Math.max(y, 840), t('debrief.helpLine'), 'tiny', { wordWrap: { width }, color: '#fdba74' });
  }

  private drawSummary(debrief: Debrief, title: string, earlier: (number | null)[]): void {
    this.addText(60, 40, t('debrief.title'), 'h1', { fontStyle: 'bold' });
    this.addText(60, 110, title, 'h2', { color: COLORS.mutedOnDark, wordWrap: { width: 700 } });
    const percent = debrief.score.percent;
    const big = this.addText(60, 200, percent === null ? '–' : `${percent}%`, 'title', {
      fontStyle: 'bold',
      fontSize: '120px',
    });
    drawStars(this, 60 + big.width + 90, 265, debrief.score.stars);
    this.addText(
      60,
      345,
      debrief.ending ? t('debrief.ending', { ending: debrief.ending }) : t('debrief.stoppedEarly'),
      'small',
      {
        wordWrap: { width: 700 },
        color: COLORS.mutedOnDark,
      },
    );
    if (earlier.length > 0) {
      const shown = earlier.slice(-3).map((p) => (p === null ? '–' : `${p}%`));
      this.addText(60, 390, t('debrief.earlier', { scores: shown.join(', ') }), 'tiny', { color: COLORS.mutedOnDark });
    }
    this.addText(60, 440, t('debrief.perStep'), 'body', { fontStyle: 'bold' });
    let y = 496;
    for (const step of debrief.score.perStep.slice(0, 7)) {
      const info = stepInfo(step.step, language());
      this.addText(60, y, info.title, 'small');
      const g = this.add.graphics();
      const w = 300;
      g.fillStyle(0xffffff, 0.2).fillRoundedRect(420, y + 4, w, 28, 14);
      const share = step.max > 0 ? step.points / step.max : 0;
      g.fillStyle(share >= 0.85 ? 0x22c55e : share >= 0.5 ? 0xf59e0b : 0xef4444, 1).fillRoundedRect(
        420,
        y + 4,
        Math.max(28, w * share),
        28,
        14,
      );
      this.addText(740, y, `${step.points}/${step.max}`, 'small');
      y += 62;
    }
  }

  /** What one decision card says, line by line, in the sizes and styles it shows them. */
  private cardLines(d: Debrief['decisions'][number], width: number): CardLine[] {
    const colors = RATING_COLORS[d.chosen.rating];
    const detail = (text: string, style: Partial<Phaser.Types.GameObjects.Text.TextStyle> = {}): CardLine => ({
      text,
      size: 'tiny',
      style: {
        color: COLORS.inkText,
        // Room on the right for the replay button.
        wordWrap: { width: width - 300, useAdvancedWrap: true },
        ...style,
      },
    });
    const lines: CardLine[] = [
      {
        text: `${d.number}. ${d.step.title} · ${colors.icon} ${t(`rating.${d.chosen.rating}`)}`,
        size: 'small',
        style: { fontStyle: 'bold', color: colors.text },
      },
      detail(t('debrief.youChose', { text: d.chosen.text }), { fontStyle: 'bold' }),
      detail(d.feedback.join(' ')),
    ];
    if (d.better.length > 0)
      lines.push(detail(t('debrief.better', { text: d.better.map((o) => o.text).join(' / ') }), { color: '#15803d' }));
    return lines;
  }

  /** Where each line of a card starts, below the card's top, and the card's height. */
  private cardLayout(heights: number[]): { offsets: number[]; height: number } {
    const offsets: number[] = [];
    let inner = 20;
    for (const h of heights) {
      offsets.push(inner);
      inner += h + 6;
    }
    return { offsets, height: inner + 14 };
  }

  /**
   * Where each page of cards starts: as many as fit above the page buttons, at least one.
   * Measured, not drawn: only one page of cards is ever made.
   */
  private pageStarts(cards: CardLine[][]): number[] {
    const starts = [0];
    let y = CARDS_TOP;
    cards.forEach((lines, i) => {
      const { height } = this.cardLayout(lines.map((line) => this.textHeight(line.text, line.size, line.style)));
      if (y + height > CARDS_BOTTOM && y > CARDS_TOP) {
        starts.push(i);
        y = CARDS_TOP;
      }
      y += height + 18;
    });
    return starts;
  }

  private drawDecisions(debrief: Debrief, data: { log: PlayLog; storyId: string; page?: number }, page: number): void {
    const left = 860;
    const width = GAME_WIDTH - left - 60;
    const cards = debrief.decisions.map((d) => this.cardLines(d, width));
    const starts = this.pageStarts(cards);
    const pages = starts.length;
    this.addText(left, 40, t('debrief.yourChoicesPage', { page: page + 1, pages }), 'h2', { fontStyle: 'bold' });
    let y = CARDS_TOP;
    const from = starts[page] ?? 0;
    const to = starts[page + 1] ?? debrief.decisions.length;
    for (const [i, d] of debrief.decisions.slice(from, to).entries()) {
      const colors = RATING_COLORS[d.chosen.rating];
      const card = this.add.graphics();
      const parts = (cards[from + i] ?? []).map((line) => this.addText(left + 30, 0, line.text, line.size, line.style));
      const { offsets, height: h } = this.cardLayout(parts.map((part) => part.height));
      for (const [k, part] of parts.entries()) part.setY(y + (offsets[k] ?? 0));
      this.addButton({
        x: left + width - 250,
        y: y + 14,
        width: 236,
        height: 56,
        label: t('debrief.replayFrom'),
        variant: 'ghost',
        fontSize: this.fs('tiny'),
        onActivate: () =>
          this.go('PlayScene', {
            storyId: data.storyId,
            replay: { log: data.log, number: d.number },
          } satisfies PlayData),
      })
        .setDepth(2)
        .twin.element.setAttribute('aria-label', t('debrief.replayFromName', { number: d.number }));
      card.fillStyle(COLORS.paper, 1).fillRoundedRect(left, y, width, h, 18);
      card.fillStyle(colors.fill, 1).fillRoundedRect(left, y, 12, h, { tl: 18, bl: 18, tr: 0, br: 0 });
      for (const p of parts) p.setDepth(1);
      y += h + 18;
    }
    if (debrief.decisions.length === 0) {
      this.addText(left, 220, t('debrief.none'), 'body');
    }
    if (pages > 1) {
      if (page > 0) {
        this.addButton({
          x: left,
          y: 890,
          width: 260,
          height: 70,
          label: t('debrief.previous'),
          variant: 'ghost',
          fontSize: this.fs('tiny'),
          onActivate: () => this.scene.restart({ ...data, record: false, page: page - 1, view: 'choices' }),
        });
      }
      if (page < pages - 1) {
        this.addButton({
          x: left + width - 260,
          y: 890,
          width: 260,
          height: 70,
          label: t('debrief.next'),
          variant: 'secondary',
          fontSize: this.fs('tiny'),
          onActivate: () => this.scene.restart({ ...data, record: false, page: page + 1, view: 'choices' }),
        });
      }
    }
  }
}

function drawStars(scene: Phaser.Scene, x: number, y: number, stars: number): void {
  const g = scene.add.graphics();
  for (let i = 0; i < 3; i++) {
    const cx = x + i * 110;
    const points: Phaser.Math.Vector2[] = [];
    for (let k = 0; k < 10; k++) {
      const r = k % 2 === 0 ? 48 : 20;
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      points.push(new Phaser.Math.Vector2(cx + r * Math.cos(a), y + r * Math.sin(a)));
    }
    g.fillStyle(i < stars ? 0xfacc15 : 0xffffff, i < stars ? 1 : 0.2).fillPoints(points, true);
  }
}

/** The whole debrief as text, for screen readers. */
export function debriefText(debrief: Debrief, title: string, earlier: (number | null)[] = []): DocBlock[] {
  const { score } = debrief;
  const summary =
    score.percent === null
      ? t('debrief.scoreNone')
      : t('debrief.score', { percent: score.percent, stars: score.stars });
  return [
    { kind: 'heading', level: 1, text: `${t('debrief.title')}: ${title}` },
    { kind: 'text', text: `${summary} ${debrief.ending ? t('debrief.ending', { ending: debrief.ending }) : ''}` },
    ...(earlier.length > 0
      ? [
          {
            kind: 'text' as const,
            text: t('debrief.earlier', {
              scores: earlier
                .slice(-3)
                .map((p) => (p === null ? '–' : `${p}%`))
                .join(', '),
            }),
          },
        ]
      : []),
    { kind: 'heading', level: 2, text: t('debrief.perStep') },
    {
      kind: 'list',
      items: score.perStep.map((s) =>
        t('debrief.stepPoints', { step: stepInfo(s.step, language()).title, points: s.points, max: s.max }),
      ),
    },
    { kind: 'heading', level: 2, text: t('debrief.yourChoices') },
    {
      kind: 'list',
      items: debrief.decisions.map(
        (d) =>
          `${t('debrief.decision', {
            step: d.step.title,
            rating: t(`rating.${d.chosen.rating}`),
            points: RATING_POINTS[d.chosen.rating],
            max: d.max,
            text: d.chosen.text,
            feedback: d.feedback.join(' '),
          })}${d.better.length ? ` ${t('debrief.better', { text: d.better.map((o) => o.text).join(' / ') })}` : ''}`,
      ),
    },
  ];
}

/** The attempt as a file: what was played, the score per step and every decision. */
function attemptFile(log: PlayLog, debrief: Debrief, title: string) {
  return {
    game: 'Online Grenzen',
    scenario: { id: log.storyId, title },
    startedAt: log.startedAt ?? null,
    finishedAt: new Date().toISOString(),
    ending: debrief.ending,
    score: debrief.score,
    decisions: debrief.decisions.map((d) => ({
      step: d.step.id,
      chosen: d.chosen.text,
      rating: d.chosen.rating,
      points: d.points,
      max: d.max,
      feedback: d.feedback,
      better: d.better.map((o) => o.text),
    })),
  };
}

/** The A4 report: scenario, date, score per step and the decisions; no names. */
function fillReport(report: HTMLElement, debrief: Debrief, title: string): void {
  const el = (tag: string, text: string) => {
    const node = document.createElement(tag);
    node.textContent = text;
    return node;
  };
  const list = (items: string[], tag = 'ul') => {
    const node = document.createElement(tag);
    for (const item of items) node.append(el('li', item));
    return node;
  };
  const { score } = debrief;
  report.replaceChildren(
    el('h1', `${t('debrief.title')}: ${title}`),
    el('p', `Online Grenzen · ${longDate(new Date())}`),
    el(
      'p',
      score.percent === null
        ? t('debrief.scoreNone')
        : t('debrief.score', { percent: score.percent, stars: score.stars }),
    ),
    el('p', debrief.ending ? t('debrief.ending', { ending: debrief.ending }) : t('debrief.stoppedEarly')),
    el('h2', t('debrief.perStep')),
    list(
      score.perStep.map((s) =>
        t('debrief.stepPoints', { step: stepInfo(s.step, language()).title, points: s.points, max: s.max }),
      ),
    ),
    el('h2', t('debrief.yourChoices')),
    list(
      debrief.decisions.map(
        (d) =>
          `${d.step.title} · ${t(`rating.${d.chosen.rating}`)} — ${t('debrief.youChose', { text: d.chosen.text })} ${d.feedback.join(' ')}${d.better.length ? ` ${t('debrief.better', { text: d.better.map((o) => o.text).join(' / ') })}` : ''}`,
      ),
      'ol',
    ),
    el('p', t('debrief.helpLine')),
  );
}

import Phaser from 'phaser';
import rawDilemmas from '../../stories/dilemmas.json';
import { type Key, t } from '../i18n/i18n.ts';
import {
  type Audience,
  type Dilemma,
  dilemmasFor,
  ownDilemma,
  parseDilemmas,
  THEMES,
  type Theme,
  VIEWS,
} from '../protocol/dilemmas.ts';
import { adjustTally, emptyTally, majority } from '../protocol/facilitation.ts';
import type { DecisionRecord, PlayLog } from '../protocol/playLog.ts';
import type { ChoiceOption } from '../story/beats.ts';
import type { Button } from '../ui/Button.ts';
import { COLORS, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

const SET = parseDilemmas(rawDilemmas);

interface DilemmaData {
  audience?: Audience;
  theme?: Theme | null;
  index?: number;
  /** Statements answered so far, with the group's votes. */
  answered?: { dilemma: Dilemma; tally: number[] }[];
  revealed?: boolean;
  tally?: number[];
  own?: Dilemma[];
}

/**
 * The dilemma round: one statement at a time, the group answers oké / niet oké / hangt
 * ervan af, then the protocol's view and a question to talk about. The advisor can add a
 * situation of their own (a blank card). It ends in the session summary with agreements.
 */
export class DilemmaScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('DilemmaScene', ctx);
  }

  create(data: DilemmaData): void {
    this.begin('klaslokaal', 0.9);
    const audience = data.audience ?? 'student';
    const theme = data.theme ?? null;
    const answered = data.answered ?? [];
    const list = [...dilemmasFor(SET, audience, theme), ...(data.own ?? [])];
    const index = Math.min(data.index ?? 0, list.length - 1);
    const dilemma = list[index];
    const tally = data.tally ?? emptyTally(VIEWS.length);
    const revealed = data.revealed === true;
    const restart = (patch: Partial<DilemmaData>) =>
      this.scene.restart({
        audience,
        theme,
        index,
        answered,
        revealed,
        tally,
        own: data.own,
        ...patch,
      } satisfies DilemmaData);

    this.addText(60, 36, t('dilemma.title'), 'h1', { fontStyle: 'bold' });
    (['student', 'staff'] as const).forEach((a, i) => {
      this.toggle(
        60 + i * 300,
        118,
        280,
        a === 'student' ? t('facilitator.forStudents') : t('facilitator.forStaff'),
        a === audience,
        () => restart({ audience: a, index: 0, revealed: false, tally: undefined }),
      );
    });
    const themes: (Theme | null)[] = [null, ...THEMES];
    themes.forEach((th, i) => {
      this.toggle(
        60 + i * 256,
        196,
        240,
        th === null ? t('dilemma.allThemes') : t(`theme.${th}` as Key),
        th === theme,
        () => restart({ theme: th, index: 0, revealed: false, tally: undefined }),
      );
    });
    if (!dilemma) {
      this.addText(60, 260, t('select.empty'), 'body');
      this.addHelpButton();
      return;
    }

    this.addText(GAME_WIDTH - 60, 130, t('dilemma.counter', { n: index + 1, total: list.length }), 'small', {
      color: COLORS.mutedOnDark,
    }).setOrigin(1, 0);
    const card = this.add.graphics();
    const statement = this.addText(GAME_WIDTH / 2, 330, dilemma.statement, 'h1', {
      color: COLORS.inkText,
      fontStyle: 'bold',
      align: 'center',
      wordWrap: { width: 1500, useAdvancedWrap: true },
    }).setOrigin(0.5, 0);
    card.fillStyle(COLORS.paper, 1).fillRoundedRect(160, 290, 1600, statement.height + 80, 28);
    statement.setDepth(1);
    this.ctx.a11y.announce(dilemma.statement);

    const group = this.ctx.a11y.group(this.scene.key, t('dilemma.votes'));
    const top = 330 + statement.height + 80;
    VIEWS.forEach((view, i) => {
      const x = 240 + i * 500;
      this.addText(x + 200, top, t(`dilemma.view.${view}` as Key), 'h2', { fontStyle: 'bold' }).setOrigin(0.5, 0);
      this.addText(x + 200, top + 70, String(tally[i] ?? 0), 'title', { fontStyle: 'bold' }).setOrigin(0.5, 0);
      const minus = this.addButton({
        x: x + 20,
        y: top + 80,
        width: 90,
        height: 80,
        label: '−',
        variant: 'secondary',
        parent: group,
        onActivate: () => restart({ tally: adjustTally(tally, i, -1) }),
      });
      const plus = this.addButton({
        x: x + 290,
        y: top + 80,
        width: 90,
        height: 80,
        label: '+',
        variant: 'secondary',
        parent: group,
        onActivate: () => restart({ tally: adjustTally(tally, i, 1) }),
      });
      minus.twin.element.setAttribute('aria-label', t('dilemma.voteLess', { view: t(`dilemma.view.${view}` as Key) }));
      plus.twin.element.setAttribute('aria-label', t('dilemma.voteMore', { view: t(`dilemma.view.${view}` as Key) }));
    });
    this.ctx.a11y.announce(t('facilitator.tally', { votes: tally.join(' – ') }));

    const bottom = top + 210;
    if (revealed) {
      const viewText = dilemma.view
        ? t('dilemma.protocolView', { view: t(`dilemma.view.${dilemma.view}` as Key) })
        : t('dilemma.ownCard');
      const body = [
        viewText,
        dilemma.protocol,
        dilemma.discuss ? `${t('facilitator.discuss')}: ${dilemma.discuss}` : '',
      ]
        .filter(Boolean)
        .join('\n');
      const text = this.addText(220, bottom + 24, body, 'body', {
        color: COLORS.inkText,
        wordWrap: { width: 1480, useAdvancedWrap: true },
      });
      this.add
        .graphics()
        .fillStyle(0xfff7ed, 1)
        .fillRoundedRect(160, bottom, 1600, text.height + 48, 24);
      this.ctx.a11y.announce(body);
      text.setDepth(1);
    }

    const last = index >= list.length - 1;
    const record = () => [...answered, { dilemma, tally }];
    const actions: { label: string; variant: 'primary' | 'secondary' | 'ghost'; run: () => void }[] = [
      revealed
        ? {
            label: last ? t('dilemma.finish') : t('dilemma.next'),
            variant: 'primary',
            run: () =>
              last
                ? this.finish(record(), audience)
                : restart({ index: index + 1, revealed: false, tally: undefined, answered: record() }),
          }
        : { label: t('dilemma.reveal'), variant: 'primary', run: () => restart({ revealed: true }) },
      {
        label: t('dilemma.own'),
        variant: 'secondary',
        run: () =>
          this.askOwn((text) =>
            restart({
              own: [...(data.own ?? []), ownDilemma(text, (data.own?.length ?? 0) + 1)],
              index: list.length,
              revealed: false,
              tally: undefined,
              answered: revealed ? record() : answered,
            }),
          ),
      },
    ];
    if (!(revealed && last)) {
      actions.push({
        label: t('dilemma.finish'),
        variant: 'ghost',
        run: () => this.finish(revealed ? record() : answered, audience),
      });
    }
    actions.forEach((a, i) => {
      this.addButton({
        x: 60 + i * 520,
        y: 976,
        width: 500,
        height: 84,
        label: a.label,
        variant: a.variant,
        fontSize: this.fs('small'),
        onActivate: a.run,
      });
    });
    this.addHelpButton();
  }

  private toggle(x: number, y: number, width: number, label: string, pressed: boolean, run: () => void): Button {
    const button = this.addButton({
      x,
      y,
      width,
      height: 64,
      label,
      variant: pressed ? 'primary' : 'secondary',
      fontSize: this.fs('tiny'),
      onActivate: run,
    });
    button.twin.element.setAttribute('aria-pressed', String(pressed));
    return button;
  }

  /** A blank card: the advisor types a situation from the group. */
  private askOwn(done: (text: string) => void): void {
    const field = document.createElement('textarea');
    field.className = 'a11y-field';
    field.setAttribute('aria-label', t('dilemma.ownLabel'));
    field.placeholder = t('dilemma.ownLabel');
    Object.assign(field.style, { left: '8%', top: '30%', width: '84%', height: '25%' });
    const group = this.ctx.a11y.group(this.scene.key, t('dilemma.ownLabel'));
    group.append(field);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => field.remove());
    this.add.rectangle(0, 0, GAME_WIDTH, 1080, COLORS.night, 0.96).setOrigin(0).setDepth(5);
    this.addText(160, 220, t('dilemma.ownLabel'), 'h2', { fontStyle: 'bold' }).setDepth(6);
    this.addButton({
      x: GAME_WIDTH - 620,
      y: 860,
      width: 460,
      height: 84,
      label: t('dilemma.ownAdd'),
      variant: 'primary',
      parent: group,
      onActivate: () => {
        if (field.value.trim()) done(field.value);
      },
    }).setDepth(6);
    field.focus();
  }

  /** To the session summary: each statement as a decision, the protocol's view as best. */
  private finish(answered: { dilemma: Dilemma; tally: number[] }[], audience: Audience): void {
    const decisions: DecisionRecord[] = [];
    const tallies: number[][] = [];
    for (const { dilemma, tally } of answered) {
      if (!dilemma.view) continue;
      const options: ChoiceOption[] = VIEWS.map((view, index) => ({
        index,
        text: `${t(`dilemma.view.${view}` as Key)}: ${dilemma.statement}`,
        step: audience === 'student' ? 'zelfzorg' : 'preventie',
        rating: view === dilemma.view ? 'goed' : 'fout',
      }));
      decisions.push({ options, chosen: majority(tally) ?? VIEWS.indexOf(dilemma.view), feedback: [dilemma.protocol] });
      tallies.push(tally);
    }
    const log: PlayLog = { storyId: 'dilemmaronde', decisions, ending: null, finished: true };
    this.go('SessionScene', {
      log,
      storyId: 'dilemmaronde',
      tallies,
      title: t('dilemma.title'),
      dilemmas: true,
    });
  }
}

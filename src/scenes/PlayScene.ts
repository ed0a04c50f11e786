import Phaser from 'phaser';
import { language, t } from '../i18n/i18n.ts';
import { adjustTally, emptyTally, majority } from '../protocol/facilitation.ts';
import type { PlayLog } from '../protocol/playLog.ts';
import { stepInfo } from '../protocol/steps.ts';
import {
  type Beat,
  type ChoiceOption,
  type ChoicesBeat,
  type EndBeat,
  type LineBeat,
  leadingFeedback,
} from '../story/beats.ts';
import { castMember } from '../story/castRegistry.ts';
import { type CatalogEntry, findStory } from '../story/catalog.ts';
import { playPrep, playRunner } from '../story/PlayPrep.ts';
import { PlaySession } from '../story/PlaySession.ts';
import { isSfxId, PLAYER_SPEAKER } from '../story/registry.ts';
import { paintBackdrop } from '../ui/Backdrop.ts';
import type { Button } from '../ui/Button.ts';
import { buildLineCard, type CardBuild, type CardContext, drawLineCard } from '../ui/LineCard.ts';
import { afterPaint, whenIdle } from '../ui/schedule.ts';
import { COLORS, GAME_HEIGHT, GAME_WIDTH, isHighContrast, RATING_COLORS } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

const FEED_LEFT = 340;
const FEED_WIDTH = 1240;
const FEED_TOP = 220;
const CHOICE_GAP = 16;
/** A soft shadow that keeps white headings readable over any backdrop. */
const SHADOW = { offsetX: 0, offsetY: 3, color: '#000000', blur: 8, stroke: true, fill: true };

/** The panel that answers a choice: built while the player reads, shown on the click. */
interface FeedbackPanel {
  texts: string[];
  objects: Phaser.GameObjects.GameObject[];
  close: Button;
  announcement: string;
  speech: string;
}

interface UpcomingChoices {
  beat: ChoicesBeat;
  group: HTMLElement;
  buttons: Button[];
  prompt: Phaser.GameObjects.Text | null;
  fontSize: number;
  cancel: () => void;
}

/** Plays one scenario: lines by speaker and channel, choices, and feedback after each choice. */
/** How far a story's places are dimmed toward the night colour behind the cards. */
const BACKDROP_DIM = 0.35;

export interface PlayData {
  storyId: string;
  /** Go on with the play saved in the store. */
  resume?: boolean;
  facilitator?: boolean;
  /** Play the log's story again from its decision `number` (the debrief's "replay from here"). */
  replay?: { log: PlayLog; number: number };
}

export class PlayScene extends BaseScene {
  private session: PlaySession | null = null;
  private entry: CatalogEntry | null = null;
  private queue: Beat[] = [];
  private feed: Phaser.GameObjects.Container[] = [];
  private feedLayer!: Phaser.GameObjects.Container;
  private backdrop: Phaser.GameObjects.Graphics | null = null;
  /** The plain backdrop under the story's places, which cover it whole. */
  private baseBackdrop: Phaser.GameObjects.Graphics | null = null;
  private backdropId: string | null = null;
  private continueButton!: Button;
  private transient: Phaser.GameObjects.GameObject[] = [];
  private choiceButtons: Button[] = [];
  /** Feedback panels built ahead, by option index, for the choice on screen. */
  private prepared = new Map<number, FeedbackPanel>();
  private cancelPrepare: (() => void) | null = null;
  /** The save of a choice just made, waiting for the frame after its feedback. */
  private unsaved: (() => void) | null = null;
  private readonly saveNow = () => {
    const save = this.unsaved;
    this.unsaved = null;
    save?.();
  };
  /**
   * A tab closed in that frame keeps the choice. A hidden tab may be discarded (tablets do)
   * without the page being told again, so going hidden saves it too.
   */
  private readonly saveOnLeave = () => {
    if (document.visibilityState === 'hidden') this.saveNow();
  };
  /** Texts of feedback panels whose building was cut short by the click. */
  private halfBuilt: Phaser.GameObjects.GameObject[] = [];
  /** The options of the next choice, built ahead. */
  private upcomingChoices: UpcomingChoices | null = null;
  /** The next line's card, built ahead. */
  private upcoming: { beat: LineBeat; context: CardContext; build: CardBuild; cancel: () => void } | null = null;
  /** Group play: the advisor enters the votes; tallies per decision go to the summary. */
  private facilitator = false;
  private tallies: number[][] = [];
  private tally: number[] = [];
  private hideVotes = false;
  private revealed = false;
  private redrawVotes: (() => void) | null = null;
  private feedBottom = 0;
  private clock = 0;
  private lastLine: LineBeat | null = null;
  private keyHandler: ((event: KeyboardEvent) => void) | null = null;
  /** The typewriter in progress: a click or key completes it before the story goes on. */
  private reveal: { text: Phaser.GameObjects.Text; full: string; timer: Phaser.Time.TimerEvent } | null = null;
  /** A chat message on its way: the typing dots show first. */
  private typing: { line: LineBeat; dots: Phaser.GameObjects.Container; timer: Phaser.Time.TimerEvent } | null = null;
  private phone!: Phaser.GameObjects.Graphics;
  private caption!: Phaser.GameObjects.Text;
  private captionTimer: Phaser.Time.TimerEvent | null = null;
  private phoneClock!: Phaser.GameObjects.Text;
  private phoneKind: 'chat' | 'post' | null = null;

  constructor(ctx: GameContext) {
    super('PlayScene', ctx);
  }

  create(data: PlayData): void {
    this.baseBackdrop = this.begin(null, BACKDROP_DIM, 'tense');
    this.facilitator = data.facilitator === true;
    this.tallies = [];
    this.redrawVotes = null;
    this.session = null;
    this.queue = [];
    this.feed = [];
    this.transient = [];
    this.choiceButtons = [];
    this.prepared.clear();
    this.halfBuilt = [];
    this.upcoming = null;
    this.upcomingChoices = null;
    this.backdrop = null;
    this.backdropId = null;
    this.lastLine = null;
    // A scenario stopped mid-line leaves its typewriter and typing dots here; their texts are gone.
    this.reveal = null;
    this.typing = null;
    this.captionTimer = null;
    this.clock = 19 * 60 + 42;
    this.ctx.a11y.clearLog();
    const entry = findStory(data.storyId);
    if (!entry) {
      this.scene.start('TitleScene', { message: t('error.unknownStory', { id: data.storyId }) });
      return;
    }
    this.entry = entry;
    const resume = data.resume === true;
    const replay = data.replay ?? null;
    // A new play made ahead under the warning starts in this frame; any other loads first.
    const prepared = playPrep.take(entry.meta.id, this.facilitator);
    if (prepared && !resume && !replay) {
      this.startSession(entry, prepared);
      return;
    }
    const loading = this.addText(GAME_WIDTH / 2, GAME_HEIGHT / 2, t('play.loading'), 'h2').setOrigin(0.5);
    entry
      .load()
      .then((json) => {
        if (!this.scene.isActive()) return;
        loading.destroy();
        this.startStory(entry, json, resume, replay);
        this.ctx.wake();
      })
      .catch((error: unknown) => this.fail(error));
  }

  private startStory(entry: CatalogEntry, json: object, resume: boolean, replay: PlayData['replay'] | null): void {
    const { store } = this.ctx;
    const makeRunner = () => playRunner(entry.meta.id, json, this.facilitator);
    const saved = store.getState().active;
    let session: PlaySession;
    try {
      if (replay) session = PlaySession.replay(makeRunner(), replay.log, replay.number);
      else if (resume && saved?.storyId === entry.meta.id) session = new PlaySession(makeRunner(), saved);
      else session = new PlaySession(makeRunner());
    } catch {
      // A save or a replay that no longer fits the story (the story changed): start it over.
      store.getState().clearProgress();
      session = new PlaySession(makeRunner());
      this.ctx.a11y.announce(t('notice.storyChanged'));
    }
    this.startSession(entry, session);
  }

  private startSession(entry: CatalogEntry, session: PlaySession): void {
    const { store } = this.ctx;
    this.session = session;
    this.prefetch(this.facilitator ? 'SessionScene' : 'DebriefScene');
    this.drawChrome(entry);
    try {
      this.queue = [...session.current()];
    } catch (error) {
      this.fail(error);
      return;
    }
    store.getState().saveProgress(session.save());
    this.keyHandler = (event) => this.onKey(event);
    window.addEventListener('keydown', this.keyHandler);
    window.addEventListener('pagehide', this.saveNow);
    document.addEventListener('visibilitychange', this.saveOnLeave);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('pagehide', this.saveNow);
      document.removeEventListener('visibilitychange', this.saveOnLeave);
      if (this.keyHandler) window.removeEventListener('keydown', this.keyHandler);
      this.keyHandler = null;
      this.dropPrepared();
      this.dropUpcoming();
      this.dropUpcomingChoices();
    });
    this.next();
  }

  private drawChrome(entry: CatalogEntry): void {
    this.phone = this.add.graphics().setDepth(0);
    this.phoneKind = null;
    this.phoneClock = this.addText(FEED_LEFT + 40, 156, '', 'small', { fontStyle: 'bold' })
      .setDepth(0.5)
      .setVisible(false);
    this.feedLayer = this.add.container(0, 0).setDepth(1);
    this.caption = this.addText(40, GAME_HEIGHT - 80, '', 'small', {
      backgroundColor: '#000000',
      padding: { x: 16, y: 8 },
    })
      .setDepth(9)
      .setVisible(false);
    const bar = this.add.graphics().setDepth(5);
    bar.fillStyle(COLORS.night, 0.95).fillRect(0, 0, GAME_WIDTH, 112);
    this.addText(40, 30, entry.meta.title, 'h2', { fontStyle: 'bold' }).setDepth(5);
    this.continueButton = this.addButton({
      x: GAME_WIDTH / 2 - 200,
      y: GAME_HEIGHT - 130,
      width: 400,
      height: 96,
      label: t('common.next'),
      variant: 'primary',
      onActivate: () => this.advance(),
    }).setDepth(6);
    this.continueButton.setShown(false);
    this.feedBottom = GAME_HEIGHT - 160;
    this.addButton({
      x: GAME_WIDTH - 810,
      y: 24,
      width: 260,
      height: 72,
      label: t('common.stop'),
      variant: 'ghost',
      fontSize: this.fs('small'),
      onActivate: () => this.scene.start('SelectScene', { mode: entry.meta.mode }),
    }).setDepth(6);
    this.addSettingsButton(GAME_WIDTH - 530).setDepth(6);
    this.addHelpButton().setDepth(6);
  }

  /** Shows beats until one needs the player; `ready` is a feedback panel built ahead. */
  private next(ready: FeedbackPanel | null = null): void {
    // A panel built ahead for feedback that does not come first is not needed.
    if (ready && this.queue[0]?.kind !== 'feedback') {
      this.destroyLater(ready.objects);
      ready = null;
    }
    this.finishTyping();
    this.finishReveal();
    this.clearTransient();
    while (this.queue.length > 0) {
      const beat = this.queue.shift() as Beat;
      switch (beat.kind) {
        case 'line':
          this.showLine(beat);
          this.showContinue();
          return;
        case 'feedback': {
          const texts = [beat.text];
          while (this.queue[0]?.kind === 'feedback') texts.push((this.queue.shift() as { text: string }).text);
          this.showFeedback(texts, ready);
          return;
        }
        case 'discuss':
          // Discussion prompts are for group play with an advisor.
          if (!this.facilitator) continue;
          this.showDiscuss(beat.text);
          return;
        case 'choices':
          if (this.facilitator) this.showVote(beat);
          else this.showChoices(beat);
          return;
        case 'end':
          this.showEnd(beat);
          return;
      }
    }
  }

  private advance(): void {
    if (this.typing) {
      this.finishTyping();
      return;
    }
    if (this.reveal) {
      this.finishReveal();
      return;
    }
    this.ctx.audio.ui('click');
    this.next();
  }

  /** Shows a line word by word, as if typed; whole words, so wrapping never jumps. */
  private typewrite(text: Phaser.GameObjects.Text): void {
    const full = text.text;
    const words = full.split(' ');
    if (words.length < 3) return;
    let shown = 0;
    // The text keeps its full size while it types: a canvas that grew with every word
    // would be allocated anew for every word.
    text.style.fixedWidth = text.width;
    text.style.fixedHeight = text.height;
    text.setText('');
    const timer = this.time.addEvent({
      delay: 70,
      repeat: words.length - 1,
      callback: () => {
        shown++;
        text.setText(words.slice(0, shown).join(' '));
        if (shown >= words.length) this.reveal = null;
      },
    });
    this.reveal = { text, full, timer };
  }

  private finishReveal(): void {
    if (!this.reveal) return;
    this.reveal.timer.remove(false);
    this.reveal.text.setText(this.reveal.full);
    this.reveal = null;
  }

  private showLine(line: LineBeat): void {
    if (line.scene !== this.backdropId) this.setBackdrop(line.scene);
    if (line.sfx) this.playCue(line.sfx);
    if (!line.text) return;
    // A thought keeps the phone in view: it is usually about what is on it.
    if (line.channel !== 'thought')
      this.setPhone(line.channel === 'chat' || line.channel === 'post' ? line.channel : null);
    if (line.channel === 'chat' && line.speaker !== PLAYER_SPEAKER && !this.reducedMotion) {
      this.showTyping(line);
      return;
    }
    this.addCard(line);
  }

  /** A sound, and for players who asked for captions, the sound as words. */
  private playCue(id: string): void {
    this.ctx.audio.cue(id);
    if (!this.settings.captions || !isSfxId(id)) return;
    const text = `[ ${t(`sfx.${id}`)} ]`;
    this.caption.setText(text).setVisible(true);
    this.ctx.a11y.announce(text);
    this.captionTimer?.remove(false);
    this.captionTimer = this.time.delayedCall(2500, () => this.caption.setVisible(false));
  }

  private speak(text: string): void {
    if (this.settings.readAloud) this.ctx.reader.say(text, this.entry?.meta.lang ?? 'nl');
  }

  /** Three dots in a bubble, as a phone shows while the other person types. */
  private showTyping(line: LineBeat): void {
    const dots = this.add.container(FEED_LEFT + 80, 0).setDepth(1);
    const bubble = this.add.graphics().fillStyle(COLORS.chatOther, 1).fillRoundedRect(0, 0, 120, 56, 22);
    dots.add(bubble);
    const lights: Phaser.GameObjects.Graphics[] = [];
    for (let i = 0; i < 3; i++) {
      const dot = this.add
        .graphics()
        .fillStyle(0x64748b, 1)
        .fillCircle(30 + i * 30, 28, 8)
        .setAlpha(i === 0 ? 1 : 0.3);
      dots.add(dot);
      lights.push(dot);
    }
    // One dot lights up after the other, as on a phone. In steps rather than a smooth pulse:
    // a frame is drawn only when a dot changes, not sixty times a second.
    let lit = 0;
    const blink = this.time.addEvent({
      delay: 180,
      loop: true,
      callback: () => {
        lit = (lit + 1) % lights.length;
        for (const [i, dot] of lights.entries()) dot.setAlpha(i === lit ? 1 : 0.3);
      },
    });
    dots.once(Phaser.GameObjects.Events.DESTROY, () => blink.remove(false));
    const timer = this.time.delayedCall(700, () => this.finishTyping());
    this.typing = { line, dots, timer };
    this.layoutFeed();
  }

  private finishTyping(): void {
    const typing = this.typing;
    if (!typing) return;
    this.typing = null;
    typing.timer.remove(false);
    typing.dots.destroy();
    this.addCard(typing.line);
  }

  /** The phone frame behind chat and social media, gone for spoken lines. */
  private setPhone(kind: 'chat' | 'post' | null): void {
    const label = kind ? `${this.clockText()}        ${kind === 'chat' ? 'Chat' : 'Feed'}        4G  87%` : '';
    // Most lines keep the phone as it is; redrawing it also redrew its status bar twice.
    if (kind === this.phoneKind && (kind === null || label === this.phoneClock.text)) return;
    this.phoneKind = kind;
    const g = this.phone;
    g.clear();
    this.phoneClock.setVisible(kind !== null);
    if (!kind) return;
    const x = FEED_LEFT - 60;
    const w = FEED_WIDTH + 120;
    g.fillStyle(0x0b1220, 1).fillRoundedRect(x, 126, w, GAME_HEIGHT - 126 + 60, 56);
    g.fillStyle(kind === 'chat' ? 0xe9e2d6 : 0xf1f5f9, 1).fillRoundedRect(x + 16, 142, w - 32, GAME_HEIGHT, 44);
    g.fillStyle(kind === 'chat' ? 0x0f766e : 0xffffff, 1).fillRoundedRect(x + 16, 142, w - 32, 64, {
      tl: 44,
      tr: 44,
      bl: 0,
      br: 0,
    });
    // The colour is set without a drawing of its own; the new text draws once.
    this.phoneClock.style.color = kind === 'chat' ? '#ffffff' : COLORS.inkText;
    if (this.phoneClock.text === label) this.phoneClock.updateText();
    else this.phoneClock.setText(label);
  }

  private clockText(clock = this.clock): string {
    return `${String(Math.floor(clock / 60) % 24).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}`;
  }

  /** How a line's card looks if it is the next card shown. */
  private cardContext(line: LineBeat): CardContext {
    return {
      width: FEED_WIDTH,
      fontSize: this.fs('body'),
      member: line.speaker ? castMember(line.speaker, this.entry?.meta.lang) : null,
      time: this.clockText(this.clock + (line.channel === 'chat' ? 1 : 0)),
      comment: line.channel === 'post' && this.lastLine?.channel === 'post',
    };
  }

  /** While the player reads, builds what comes next: a line's card or the options. */
  private prepareNext(): void {
    this.dropUpcoming();
    this.dropUpcomingChoices();
    // Discussion prompts are skipped outside group play (see next()).
    const beat = this.queue.find((b) => b.kind !== 'discuss' || this.facilitator);
    if (beat?.kind === 'choices' && !this.facilitator) {
      this.prepareChoices(beat);
      return;
    }
    if (beat?.kind !== 'line' || !beat.text) return;
    const context = this.cardContext(beat);
    const build = buildLineCard(this, beat, context);
    this.upcoming = { beat, context, build, cancel: whenIdle(build.steps) };
  }

  private dropUpcoming(): void {
    const upcoming = this.upcoming;
    this.upcoming = null;
    if (!upcoming) return;
    upcoming.cancel();
    upcoming.build.discard();
  }

  /** The card for a line: the one built ahead if it was built for this line as it looks now. */
  private cardFor(line: LineBeat, context: CardContext): Phaser.GameObjects.Container {
    const upcoming = this.upcoming;
    const before = upcoming?.context;
    // Members are compared by what the card shows: English casts are copies made per call.
    const same =
      upcoming?.beat === line &&
      before?.width === context.width &&
      before.fontSize === context.fontSize &&
      before.time === context.time &&
      before.comment === context.comment &&
      before.member?.name === context.member?.name &&
      before.member?.role === context.member?.role &&
      before.member?.kind === context.member?.kind;
    if (!upcoming || !same) {
      this.dropUpcoming();
      return drawLineCard(this, line, context);
    }
    this.upcoming = null;
    upcoming.cancel();
    return upcoming.build.finish();
  }

  private addCard(line: LineBeat): void {
    const context = this.cardContext(line);
    const member = context.member;
    if (line.channel === 'chat') this.clock += 1;
    const card = this.cardFor(line, context);
    this.feedLayer.add(card);
    this.feed.push(card);
    this.layoutFeed();
    this.lastLine = line;
    if (!this.reducedMotion) {
      this.tweens.add({ targets: card, alpha: { from: 0, to: 1 }, duration: 220, ease: 'Sine.easeOut' });
      const body = card.getData('body') as Phaser.GameObjects.Text | undefined;
      if (body && line.channel !== 'chat' && line.channel !== 'post') this.typewrite(body);
    }
    const kind =
      line.channel === 'chat' ? ` (${t('play.message')})` : line.channel === 'post' ? ` (${t('play.post')})` : '';
    const who = member ? `${member.name}${kind}: ` : line.channel === 'thought' ? `${t('play.youThink')}: ` : '';
    this.ctx.a11y.announce(`${who}${line.text}`);
    this.speak(`${who}${line.text}`);
    this.prepareNext();
  }

  /** Stacks the feed upwards from its bottom edge and drops what scrolled out of view. */
  private layoutFeed(): void {
    let y = this.feedBottom;
    // The typing dots sit at the bottom, under the messages before them.
    if (this.typing) {
      this.typing.dots.setY(y - 56);
      y -= 78;
    }
    for (let i = this.feed.length - 1; i >= 0; i--) {
      const card = this.feed[i] as Phaser.GameObjects.Container;
      y -= card.height;
      card.setPosition(FEED_LEFT, y);
      y -= 22;
      if (card.y < FEED_TOP) {
        for (const old of this.feed.splice(0, i + 1)) old.destroy();
        break;
      }
    }
  }

  private setBackdrop(id: string | null): void {
    this.backdrop?.destroy();
    // Dimmed, so the cards stay readable.
    this.backdrop = paintBackdrop(this, id, isHighContrast() ? 1 : BACKDROP_DIM).setDepth(-2);
    // A place covers the whole screen: the plain backdrop under it need not be drawn.
    this.baseBackdrop?.setVisible(false);
    this.backdropId = id;
  }

  private showContinue(): void {
    this.feedBottom = GAME_HEIGHT - 160;
    this.layoutFeed();
    this.continueButton.setShown(true);
    // Keyboard players keep their place: when the focused button went away (a choice, the
    // feedback panel), focus moves on to "Verder".
    // Moving focus lays the page out: after "Verder" is on screen, not in the click's task.
    const button = this.continueButton;
    afterPaint(() => {
      const focused = document.activeElement;
      if (button.active && button.visible && (!focused || focused === document.body)) button.twin.focus();
    });
  }

  /** An option as a numbered button; group play narrows it to make room for the vote counter. */
  private choiceButton(option: ChoiceOption, i: number, group: HTMLElement, width = FEED_WIDTH): Button {
    return this.addButton({
      x: FEED_LEFT,
      y: 0,
      width,
      height: 84,
      label: option.text,
      badge: String(i + 1),
      variant: 'choice',
      parent: group,
      onActivate: () => this.choose(option.index),
    }).setDepth(6);
  }

  private choicePrompt(): Phaser.GameObjects.Text {
    return this.addText(FEED_LEFT, 0, t('play.whatDoYouDo'), 'h2', { fontStyle: 'bold', shadow: SHADOW }).setDepth(6);
  }

  /** While the player reads the last line before a choice, builds the options, hidden, one by one. */
  private prepareChoices(beat: ChoicesBeat): void {
    const group = this.ctx.a11y.group(this.scene.key, t('play.choicesGroup'));
    group.hidden = true;
    const ahead: UpcomingChoices = {
      beat,
      group,
      buttons: [],
      prompt: null,
      fontSize: this.fs('body'),
      cancel: () => {},
    };
    const steps = beat.options.map((option, i) => () => {
      ahead.buttons.push(this.choiceButton(option, i, group).setShown(false));
    });
    steps.push(() => {
      ahead.prompt = this.choicePrompt().setVisible(false);
    });
    ahead.cancel = whenIdle(steps);
    this.upcomingChoices = ahead;
  }

  private dropUpcomingChoices(): void {
    const ahead = this.upcomingChoices;
    this.upcomingChoices = null;
    if (!ahead) return;
    ahead.cancel();
    for (const button of ahead.buttons) button.destroy();
    ahead.prompt?.destroy();
    ahead.group.remove();
  }

  private showChoices(beat: ChoicesBeat): void {
    this.continueButton.setShown(false);
    // Options built for another choice, or at another text size, are thrown away.
    const builtAhead = this.upcomingChoices;
    const fits = builtAhead?.beat === beat && builtAhead.fontSize === this.fs('body');
    if (!fits) this.dropUpcomingChoices();
    const ahead = fits ? builtAhead : null;
    this.upcomingChoices = null;
    ahead?.cancel();
    const group = ahead?.group ?? this.ctx.a11y.group(this.scene.key, t('play.choicesGroup'));
    group.hidden = false;
    const built: Button[] = beat.options.map(
      (option, i) => ahead?.buttons[i]?.setShown(true) ?? this.choiceButton(option, i, group),
    );
    const total = built.reduce((sum, b) => sum + b.boxHeight, 0) + CHOICE_GAP * (built.length - 1);
    let y = GAME_HEIGHT - 36 - total;
    const prompt = (ahead?.prompt?.setVisible(true) ?? this.choicePrompt()).setY(y - 64);
    built.forEach((button, i) => {
      button.setY(y);
      button.syncTwin();
      y += button.boxHeight + CHOICE_GAP;
      if (!this.reducedMotion) {
        this.tweens.add({
          targets: button,
          alpha: { from: 0, to: 1 },
          x: { from: FEED_LEFT + 40, to: FEED_LEFT },
          delay: i * 90,
          duration: 240,
          ease: 'Sine.easeOut',
        });
      }
    });
    this.feedBottom = GAME_HEIGHT - 36 - total - 90;
    this.layoutFeed();
    this.choiceButtons = built;
    this.transient.push(prompt, ...built);
    this.ctx.a11y.announce(t('play.choicesCount', { count: built.length }));
    this.speak(`${t('play.whatDoYouDo')} ${beat.options.map((o, i) => `${i + 1}: ${o.text}`).join('. ')}`);
    // Moving focus lays the page out: after the options are on screen.
    afterPaint(() => {
      if (built[0]?.active) built[0].twin.focus();
    });
    // The group element is owned by the scene; remove it with the buttons.
    this.events.once('choices-cleared', () => group.remove());
    this.prepareFeedback(beat);
  }

  private choose(index: number): void {
    if (!this.session || this.choiceButtons.length === 0) return;
    this.choiceButtons = [];
    if (this.facilitator) this.tallies.push([...this.tally]);
    this.redrawVotes = null;
    try {
      this.queue = [...this.session.choose(index)];
    } catch (error) {
      this.fail(error);
      return;
    }
    const session = this.session;
    const last = session.playLog.decisions.at(-1);
    const chosen = last?.options[last.chosen];
    const ready = this.prepared.get(index) ?? null;
    this.prepared.delete(index);
    this.dropPrepared();
    this.next(ready);
    // The feedback is on screen first; saving and the sound follow a frame later.
    this.unsaved = () => this.ctx.store.getState().saveProgress(session.save());
    afterPaint(() => {
      this.saveNow();
      this.ctx.audio.ui('click');
      if (chosen) this.ctx.audio.ui(chosen.rating === 'goed' ? 'good' : chosen.rating === 'matig' ? 'mixed' : 'wrong');
    });
  }

  /**
   * While the player reads the options, works out what each would answer and builds its
   * feedback panel, hidden, one small step at a time.
   */
  private prepareFeedback(beat: ChoicesBeat): void {
    this.dropPrepared();
    const session = this.session;
    if (!session) return;
    const texts = new Map<number, string[]>();
    const preview = beat.options.map((option) => () => {
      const found = leadingFeedback(session.preview(option.index) ?? []);
      if (found.length > 0) texts.set(option.index, found);
    });
    // Each option's panel in steps; the steps are made once its preview has run.
    const build = beat.options.flatMap((option) => {
      let steps: Array<() => void> | null = null;
      const stepsFor = () => {
        const found = texts.get(option.index);
        steps ??= found
          ? this.feedbackSteps(found, option, false, (panel) => this.prepared.set(option.index, panel))
          : [];
        return steps;
      };
      return [0, 1, 2].map((i) => () => stepsFor()[i]?.());
    });
    this.cancelPrepare = whenIdle([...preview, ...build]);
  }

  private dropPrepared(): void {
    this.cancelPrepare?.();
    this.cancelPrepare = null;
    this.destroyLater([...this.prepared.values()].flatMap((panel) => panel.objects).concat(this.halfBuilt));
    this.prepared.clear();
    this.halfBuilt = [];
  }

  /** Destroys objects already off screen, after the frame and a few at a time. */
  private destroyLater(objects: Phaser.GameObjects.GameObject[]): void {
    const batches: Array<() => void> = [];
    for (let i = 0; i < objects.length; i += 4) {
      const batch = objects.slice(i, i + 4);
      batches.push(() => {
        for (const object of batch) object.destroy();
      });
    }
    if (batches.length > 0) afterPaint(() => whenIdle(batches));
  }

  private showFeedback(texts: string[], ready: FeedbackPanel | null): void {
    this.continueButton.setShown(false);
    const decision = this.session?.playLog.decisions.at(-1);
    const chosen = decision?.options[decision.chosen];
    let panel = ready;
    if (!panel || panel.texts.join('\n') !== texts.join('\n')) {
      if (panel) this.destroyLater(panel.objects);
      panel = this.buildFeedback(texts, chosen ?? null, true);
    }
    for (const object of panel.objects) (object as unknown as Phaser.GameObjects.Components.Visible).setVisible(true);
    panel.close.setShown(true);
    this.transient.push(...panel.objects);
    this.ctx.a11y.announce(panel.announcement);
    this.speak(panel.speech);
    this.prepareNext();
    // Moving focus makes the browser lay out the page: after the panel is on screen.
    const close = panel.close;
    afterPaint(() => {
      if (close.active) close.twin.focus();
    });
  }

  /** The feedback panel for a chosen option; hidden until shown when built ahead. */
  private buildFeedback(texts: string[], chosen: ChoiceOption | null, shown: boolean): FeedbackPanel {
    let panel: FeedbackPanel | null = null;
    for (const step of this.feedbackSteps(texts, chosen, shown, (built) => (panel = built))) step();
    return panel as unknown as FeedbackPanel;
  }

  /**
   * The feedback panel for a chosen option, in steps of about one text each; the last step
   * hands the panel to `done`. Hidden until shown when built ahead.
   */
  private feedbackSteps(
    texts: string[],
    chosen: ChoiceOption | null,
    shown: boolean,
    done: (panel: FeedbackPanel) => void,
  ): Array<() => void> {
    const rating = chosen?.rating ?? 'matig';
    const colors = RATING_COLORS[rating];
    const width = 1240;
    const left = (GAME_WIDTH - width) / 2;
    const step = chosen ? stepInfo(chosen.step, language()).title : '';
    let body: Phaser.GameObjects.Text | null = null;
    let title: Phaser.GameObjects.Text | null = null;
    let stepLabel: Phaser.GameObjects.Text | null = null;
    return [
      () => {
        body = this.addText(left + 48, 0, texts.join('\n\n'), 'body', {
          color: COLORS.inkText,
          wordWrap: { width: width - 96, useAdvancedWrap: true },
        })
          .setDepth(9)
          .setVisible(shown);
        if (!shown) this.halfBuilt.push(body);
      },
      () => {
        title = this.addText(left + 48, 0, `${colors.icon}  ${t(`rating.${rating}`)}`, 'h2', { fontStyle: 'bold' })
          .setDepth(9)
          .setVisible(shown);
        stepLabel = this.addText(left + width - 48, 0, step ? t('play.protocolStep', { step }) : '', 'small')
          .setOrigin(1, 0)
          .setDepth(9)
          .setVisible(shown);
        if (!shown) this.halfBuilt.push(title, stepLabel);
      },
      () => {
        if (!body || !title || !stepLabel) return;
        const height = body.height + 300;
        const top = Math.max(130, (GAME_HEIGHT - height) / 2);
        const shade = this.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.45).setOrigin(0).setDepth(7);
        const panel = this.add.graphics().setDepth(8);
        panel.fillStyle(COLORS.paper, 1).fillRoundedRect(left, top, width, height, 28);
        panel.fillStyle(colors.fill, 1).fillRoundedRect(left, top, width, 110, { tl: 28, tr: 28, bl: 0, br: 0 });
        title.setY(top + 24);
        stepLabel.setY(top + 38);
        body.setY(top + 140);
        const close = this.addButton({
          x: left + width - 360,
          y: top + height - 120,
          width: 320,
          height: 88,
          label: t('common.next'),
          variant: 'primary',
          onActivate: () => this.advance(),
        }).setDepth(9);
        const objects = [shade, panel, title, stepLabel, body, close];
        if (!shown) {
          this.halfBuilt = this.halfBuilt.filter(
            (object) => !(objects as Phaser.GameObjects.GameObject[]).includes(object),
          );
          for (const object of objects) object.setVisible(false);
          close.setShown(false);
        }
        done({
          texts,
          objects,
          close,
          announcement: `${t('play.feedback')}: ${t(`rating.${rating}`)}${step ? `, ${step}` : ''}. ${texts.join(' ')}`,
          speech: `${t(`rating.${rating}`)}. ${texts.join(' ')}`,
        });
      },
    ];
  }

  private showEnd(beat: EndBeat): void {
    this.continueButton.setShown(false);
    const session = this.session;
    if (!session) return;
    const label = beat.ending ? t('play.ending', { ending: beat.ending }) : t('play.endingNone');
    const banner = this.addText(GAME_WIDTH / 2, GAME_HEIGHT - 230, label, 'h2', {
      fontStyle: 'bold',
      align: 'center',
      wordWrap: { width: 1400 },
      shadow: SHADOW,
    })
      .setOrigin(0.5)
      .setDepth(6);
    this.ctx.a11y.announce(label);
    const button = this.addButton({
      x: GAME_WIDTH / 2 - 300,
      y: GAME_HEIGHT - 150,
      width: 600,
      height: 100,
      label: this.facilitator ? t('facilitator.toSummary') : t('play.toDebrief'),
      variant: 'primary',
      onActivate: () => this.finish(),
    }).setDepth(6);
    this.transient.push(banner, button);
    afterPaint(() => {
      if (button.active) button.twin.focus();
    });
  }

  private finish(): void {
    const session = this.session;
    const entry = this.entry;
    if (!session || !entry) return;
    // A choice's save still waiting would bring the finished play back as one to resume.
    this.unsaved = null;
    this.ctx.store.getState().clearProgress();
    if (this.facilitator) {
      this.go('SessionScene', { log: session.playLog, storyId: entry.meta.id, tallies: this.tallies });
      return;
    }
    this.go('DebriefScene', { log: session.playLog, storyId: entry.meta.id, record: true });
  }

  /** Takes the choice's or feedback's objects off screen now and destroys them after the frame. */
  private clearTransient(): void {
    const old = this.transient;
    this.transient = [];
    for (const object of old) {
      if ('setShown' in object) (object as Button).setShown(false);
      else (object as unknown as Phaser.GameObjects.Components.Visible).setVisible(false);
    }
    this.events.emit('choices-cleared');
    this.destroyLater(old);
  }

  private vote(option: number, delta: 1 | -1): void {
    this.tally = adjustTally(this.tally, option, delta);
    this.redrawVotes?.();
  }

  /** Group play: options with vote counters, the tally as bars, then the group's choice. */
  private showVote(beat: ChoicesBeat): void {
    this.continueButton.setShown(false);
    this.tally = emptyTally(beat.options.length);
    this.revealed = !this.hideVotes;
    const group = this.ctx.a11y.group(this.scene.key, t('play.choicesGroup'));
    const textWidth = FEED_WIDTH - 330;
    const bars = this.add.graphics().setDepth(5.5);
    const counts: Phaser.GameObjects.Text[] = [];
    const rows = beat.options.map((option, i) => {
      const button = this.choiceButton(option, i, group, textWidth);
      const minus = this.addButton({
        x: FEED_LEFT + textWidth + 16,
        y: 0,
        width: 90,
        height: 72,
        label: '−',
        variant: 'secondary',
        parent: group,
        onActivate: () => this.vote(i, -1),
      }).setDepth(6);
      const plus = this.addButton({
        x: FEED_LEFT + textWidth + 226,
        y: 0,
        width: 90,
        height: 72,
        label: '+',
        variant: 'secondary',
        parent: group,
        onActivate: () => this.vote(i, 1),
      }).setDepth(6);
      minus.twin.element.setAttribute('aria-label', t('facilitator.voteLess', { n: i + 1 }));
      plus.twin.element.setAttribute('aria-label', t('facilitator.voteMore', { n: i + 1 }));
      const count = this.addText(FEED_LEFT + textWidth + 161, 0, '0', 'h2', { fontStyle: 'bold' })
        .setOrigin(0.5, 0)
        .setDepth(6);
      counts.push(count);
      return { button, minus, plus, count };
    });
    const majorityButton = this.addButton({
      x: FEED_LEFT,
      y: 0,
      width: 560,
      height: 80,
      label: t('facilitator.pickMajority'),
      variant: 'primary',
      fontSize: this.fs('small'),
      parent: group,
      onActivate: () => {
        const winner = majority(this.tally);
        if (winner !== null) this.choose(beat.options[winner]?.index ?? winner);
      },
    }).setDepth(6);
    const revealButton = this.addButton({
      x: FEED_LEFT + 580,
      y: 0,
      width: 300,
      height: 80,
      label: t('facilitator.reveal'),
      variant: 'secondary',
      fontSize: this.fs('small'),
      parent: group,
      onActivate: () => {
        this.revealed = true;
        this.redrawVotes?.();
      },
    }).setDepth(6);
    const hideButton = this.addButton({
      x: FEED_LEFT + 900,
      y: 0,
      width: FEED_WIDTH - 900,
      height: 80,
      label: this.hideVotes ? t('facilitator.hideOn') : t('facilitator.hideOff'),
      variant: 'ghost',
      fontSize: this.fs('tiny'),
      parent: group,
      onActivate: () => {
        this.hideVotes = !this.hideVotes;
        this.revealed = !this.hideVotes;
        hideButton.twin.setLabel(this.hideVotes ? t('facilitator.hideOn') : t('facilitator.hideOff'));
        this.redrawVotes?.();
      },
    }).setDepth(6);
    const controls = [majorityButton, revealButton, hideButton];
    const controlsHeight = Math.max(...controls.map((c) => c.boxHeight)) + 16;
    const total =
      rows.reduce((sum, r) => sum + r.button.boxHeight, 0) + CHOICE_GAP * (rows.length - 1) + controlsHeight;
    let y = GAME_HEIGHT - 24 - total;
    const prompt = this.addText(FEED_LEFT, y - 64, t('facilitator.votePrompt'), 'h2', {
      fontStyle: 'bold',
      shadow: SHADOW,
    }).setDepth(6);
    for (const row of rows) {
      row.button.setY(y).syncTwin();
      const mid = y + row.button.boxHeight / 2;
      row.minus.setY(mid - 36).syncTwin();
      row.plus.setY(mid - 36).syncTwin();
      row.count.setY(mid - row.count.height / 2);
      y += row.button.boxHeight + CHOICE_GAP;
    }
    for (const control of controls) control.setY(y + 8).syncTwin();
    this.redrawVotes = () => {
      const sum = this.tally.reduce((a, b) => a + b, 0);
      bars.clear();
      rows.forEach((row, i) => {
        const votes = this.tally[i] ?? 0;
        counts[i]?.setText(this.revealed ? String(votes) : '•');
        if (this.revealed && sum > 0) {
          bars
            .fillStyle(COLORS.teal, 0.85)
            .fillRoundedRect(FEED_LEFT, row.button.y - 8, textWidth * (votes / sum), 6, 3);
        }
      });
      revealButton.setShown(!this.revealed);
      majorityButton.setEnabled(majority(this.tally) !== null);
      this.ctx.a11y.announce(
        this.revealed
          ? t('facilitator.tally', { votes: this.tally.join(' – ') })
          : t('facilitator.votesHidden', { total: sum }),
      );
    };
    this.redrawVotes();
    this.feedBottom = GAME_HEIGHT - 24 - total - 90;
    this.layoutFeed();
    this.choiceButtons = rows.map((r) => r.button);
    this.transient.push(
      prompt,
      bars,
      majorityButton,
      revealButton,
      hideButton,
      ...rows.flatMap((r) => [r.button, r.minus, r.plus, r.count]),
    );
    rows[0]?.plus.twin.focus();
    this.events.once('choices-cleared', () => group.remove());
    this.prepareFeedback(beat);
  }

  /** A discussion prompt, full screen, with an optional timer; the advisor moves on. */
  private showDiscuss(question: string): void {
    this.continueButton.setShown(false);
    const shade = this.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, COLORS.night, 0.97).setOrigin(0).setDepth(7);
    const label = this.addText(GAME_WIDTH / 2, 200, t('facilitator.discuss'), 'h2', {
      color: '#fdba74',
      fontStyle: 'bold',
    })
      .setOrigin(0.5)
      .setDepth(8);
    const text = this.addText(GAME_WIDTH / 2, 440, question, 'title', {
      align: 'center',
      wordWrap: { width: 1500 },
      fontStyle: 'bold',
    })
      .setOrigin(0.5)
      .setDepth(8);
    const clock = this.addText(GAME_WIDTH / 2, 760, '', 'h1', { fontStyle: 'bold' })
      .setOrigin(0.5)
      .setDepth(8);
    let timer: Phaser.Time.TimerEvent | null = null;
    const timerButton = this.addButton({
      x: GAME_WIDTH / 2 - 560,
      y: 880,
      width: 520,
      height: 96,
      label: t('facilitator.timer'),
      variant: 'secondary',
      onActivate: () => {
        if (timer) return;
        let left = 120;
        clock.setText('2:00');
        timer = this.time.addEvent({
          delay: 1000,
          repeat: 119,
          callback: () => {
            left--;
            clock.setText(`${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`);
          },
        });
      },
    }).setDepth(8);
    const next = this.addButton({
      x: GAME_WIDTH / 2 + 40,
      y: 880,
      width: 520,
      height: 96,
      label: t('facilitator.discussDone'),
      variant: 'primary',
      onActivate: () => {
        timer?.remove(false);
        this.advance();
      },
    }).setDepth(8);
    this.transient.push(shade, label, text, clock, timerButton, next);
    this.ctx.a11y.announce(`${t('facilitator.discuss')}: ${question}`);
    afterPaint(() => {
      if (next.active) next.twin.focus();
    });
  }

  private onKey(event: KeyboardEvent): void {
    if (this.scene.isActive('HelpScene')) return;
    const onPage = document.activeElement === document.body || document.activeElement === null;
    if ((event.key === 'Enter' || event.key === ' ') && onPage && this.continueButton.visible) {
      event.preventDefault();
      this.advance();
      return;
    }
    const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
    if (this.facilitator && digit && this.redrawVotes) {
      // Group play: a number key is a vote for that option; with Shift it takes one back.
      const option = Number(digit) - 1;
      if (option < this.tally.length) {
        event.preventDefault();
        this.vote(option, event.shiftKey ? -1 : 1);
      }
      return;
    }
    if (/^[1-9]$/.test(event.key) && this.choiceButtons.length > 0) {
      const button = this.choiceButtons[Number(event.key) - 1];
      if (button) {
        event.preventDefault();
        button.twin.element.click();
      }
    }
  }

  private fail(error: unknown): void {
    console.error(error);
    this.scene.start('ErrorScene', {
      message: error instanceof Error ? error.message : String(error),
      storyId: this.entry?.meta.id ?? null,
    });
  }
}

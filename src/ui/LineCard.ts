import type Phaser from 'phaser';
import { t } from '../i18n/i18n.ts';
import type { LineBeat } from '../story/beats.ts';
import type { CastMember } from '../story/cast.ts';
import { PLAYER_SPEAKER } from '../story/registry.ts';
import { drawPortrait } from './Portrait.ts';
import { addText } from './text.ts';
import { COLORS, fontFamily } from './theme.ts';

export interface CardContext {
  width: number;
  fontSize: number;
  member: CastMember | null;
  /** Clock time shown on chat messages, e.g. "19:42". */
  time: string;
  /** For post lines: true when this line is a comment under the post before it. */
  comment: boolean;
}

/** A card being built: each step makes one text (a text is the costly part), then finish. */
export interface CardBuild {
  steps: Array<() => void>;
  finish: () => Phaser.GameObjects.Container;
  /** Destroys what the steps made, for a card that will not be shown after all. */
  discard: () => void;
}

/**
 * Draws one line of the story as the channel asks: a chat bubble, a social post, spoken
 * words with a portrait, the narrator, or a thought. The card's top-left is (0, 0).
 */
export function drawLineCard(scene: Phaser.Scene, line: LineBeat, c: CardContext): Phaser.GameObjects.Container {
  const build = buildLineCard(scene, line, c);
  for (const step of build.steps) step();
  return build.finish();
}

/**
 * The same card in steps, so it can be built a text at a time while the player reads the
 * line before it; no step holds up a frame for long.
 */
export function buildLineCard(scene: Phaser.Scene, line: LineBeat, c: CardContext): CardBuild {
  const texts = new Map<string, Phaser.GameObjects.Text | null>();
  const steps: Array<() => void> = [];
  /** Queues the making of a text; `get` reads it back in finish. */
  const later = (key: string, make: () => Phaser.GameObjects.Text | null) => {
    steps.push(() => {
      if (!texts.has(key)) texts.set(key, make()?.setVisible(false) ?? null);
    });
  };
  const get = (key: string): Phaser.GameObjects.Text | null => texts.get(key)?.setVisible(true) ?? null;
  const textStyle = (width: number, color: string, style: string) => ({
    fontFamily: fontFamily(),
    fontSize: `${c.fontSize}px`,
    fontStyle: style,
    color,
    wordWrap: { width, useAdvancedWrap: true },
    lineSpacing: 6,
  });
  const body = (width: number, color: string = COLORS.inkText, style = 'normal') =>
    later('body', () => addText(scene, 0, 0, line.text, textStyle(width, color, style)));
  const small = (key: string, text: string, color: string, bold = false) =>
    later(key, () =>
      addText(scene, 0, 0, text, {
        fontFamily: fontFamily(),
        fontSize: `${Math.round(c.fontSize * 0.72)}px`,
        fontStyle: bold ? 'bold' : 'normal',
        color,
      }),
    );
  const name = c.member?.name ?? '';
  const id = line.speaker ?? '';
  const own = id === PLAYER_SPEAKER;
  const maxBubble = Math.min(c.width * 0.72, 900);
  const indent = line.channel === 'post' && c.comment ? 110 : 0;

  switch (line.channel) {
    case 'chat':
      body(maxBubble - 48);
      if (!own && c.member) small('who', name, '#0f766e', true);
      small('time', c.time, COLORS.muted);
      break;
    case 'post':
      small('head', c.member ? `${name}` : t('play.unknownAccount'), COLORS.inkText, true);
      small('handle', c.comment ? t('play.commented') : `@${id || 'account'} · ${c.time}`, COLORS.muted);
      body(c.width - indent - 140);
      if (!c.comment) small('footer', t('play.postFooter'), COLORS.muted);
      break;
    case 'face':
      body(c.width - 240);
      small('who', c.member ? `${name}${c.member.role ? ` · ${c.member.role}` : ''}` : name, '#9a3412', true);
      break;
    case 'thought':
      small('label', t('play.youThink'), COLORS.mutedOnDark, true);
      body(c.width - 120, '#f8fafc', 'italic');
      break;
    default:
      body(c.width - 96, '#f8fafc');
  }

  const finish = (): Phaser.GameObjects.Container => {
    for (const step of steps) step();
    return assemble(scene, line, c, get);
  };
  const discard = () => {
    for (const made of texts.values()) made?.destroy();
  };
  return { steps, finish, discard };
}

/** Lays the made texts out on the card with its shapes and portrait. */
function assemble(
  scene: Phaser.Scene,
  line: LineBeat,
  c: CardContext,
  text: (key: string) => Phaser.GameObjects.Text | null,
): Phaser.GameObjects.Container {
  const card = scene.add.container(0, 0);
  const g = scene.add.graphics();
  card.add(g);
  // Graphics have no bounds, so each channel says how tall its card is.
  let height = 0;
  const id = line.speaker ?? '';
  const main = text('body');
  const need = (key: string) => text(key) as Phaser.GameObjects.Text;

  switch (line.channel) {
    case 'chat': {
      const own = id === PLAYER_SPEAKER;
      const body = need('body');
      const who = text('who');
      const time = need('time');
      const innerW = Math.max(body.width, who?.width ?? 0, time.width + 20);
      const bubbleW = innerW + 48;
      const bubbleH = (who ? who.height + 4 : 0) + body.height + time.height + 36;
      const x = own ? c.width - bubbleW : 80;
      g.fillStyle(COLORS.shadow, 0.15).fillRoundedRect(x, 4, bubbleW, bubbleH, 22);
      g.fillStyle(own ? COLORS.chatOwn : COLORS.chatOther, 1).fillRoundedRect(x, 0, bubbleW, bubbleH, 22);
      let y = 14;
      if (who) {
        who.setPosition(x + 24, y);
        y += who.height + 4;
        card.add(who);
      }
      body.setPosition(x + 24, y);
      time.setPosition(x + bubbleW - time.width - 20, y + body.height + 4);
      card.add([body, time]);
      if (!own && c.member) card.add(drawPortrait(scene, 34, 34, 30, id, c.member));
      height = bubbleH + 4;
      break;
    }
    case 'post': {
      const indent = c.comment ? 110 : 0;
      const w = c.width - indent;
      const head = need('head');
      const handle = need('handle');
      const body = need('body');
      const footer = text('footer');
      const h = 24 + head.height + 6 + body.height + (footer ? footer.height + 20 : 0) + 24;
      g.fillStyle(COLORS.shadow, 0.15).fillRoundedRect(indent, 4, w, h, 16);
      g.fillStyle(c.comment ? 0xf1f5f9 : COLORS.card, 1).fillRoundedRect(indent, 0, w, h, 16);
      head.setPosition(indent + 110, 22);
      handle.setPosition(head.x + head.width + 14, 22 + (head.height - handle.height) / 2);
      body.setPosition(indent + 110, 22 + head.height + 6);
      card.add([head, handle, body]);
      if (footer) {
        footer.setPosition(indent + 110, body.y + body.height + 16);
        card.add(footer);
      }
      card.add(
        drawPortrait(scene, indent + 56, 56, 34, id || 'anon', c.member ?? { name: '?', role: '', kind: 'other' }),
      );
      height = h + 4;
      break;
    }
    case 'face': {
      const body = need('body');
      const who = need('who');
      const h = Math.max(body.height + who.height + 44, 140);
      g.fillStyle(COLORS.shadow, 0.15).fillRoundedRect(150, 4, c.width - 150, h, 20);
      g.fillStyle(COLORS.card, 1).fillRoundedRect(150, 0, c.width - 150, h, 20);
      g.fillTriangle(150, 40, 150, 80, 122, 60);
      who.setPosition(186, 16);
      body.setPosition(186, 20 + who.height + 6);
      card.add([who, body]);
      if (c.member) card.add(drawPortrait(scene, 60, 64, 58, id, c.member));
      height = Math.max(h + 4, 128);
      break;
    }
    case 'thought': {
      const label = need('label');
      const body = need('body');
      const h = label.height + body.height + 44;
      g.fillStyle(0x334155, 0.92).fillRoundedRect(40, 0, c.width - 80, h, 40);
      label.setPosition(90, 14);
      body.setPosition(90, 18 + label.height + 4);
      card.add([label, body]);
      height = h;
      break;
    }
    default: {
      const body = need('body');
      const h = body.height + 40;
      g.fillStyle(COLORS.night, 0.92).fillRoundedRect(0, 0, c.width, h, 14);
      body.setPosition(48, 20);
      card.add(body);
      height = h;
    }
  }
  card.setSize(c.width, height);
  // The line's own text; the card keeps it as 'body' so the typewriter can reveal it.
  if (main) card.setData('body', main);
  return card;
}

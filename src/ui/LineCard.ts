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

/**
 * Draws one line of the story as the channel asks: a chat bubble, a social post, spoken
 * words with a portrait, the narrator, or a thought. The card's top-left is (0, 0).
 */
export function drawLineCard(scene: Phaser.Scene, line: LineBeat, c: CardContext): Phaser.GameObjects.Container {
  const card = scene.add.container(0, 0);
  /** The line's own text; the card keeps it as 'body' so the typewriter can reveal it. */
  let main: Phaser.GameObjects.Text | null = null;
  const body = (text: string, width: number, color: string = COLORS.inkText, style = 'normal') => {
    main = addText(scene, 0, 0, text, {
      fontFamily: fontFamily(),
      fontSize: `${c.fontSize}px`,
      fontStyle: style,
      color,
      wordWrap: { width, useAdvancedWrap: true },
      lineSpacing: 6,
    });
    return main;
  };
  const small = (text: string, color: string, bold = false) =>
    addText(scene, 0, 0, text, {
      fontFamily: fontFamily(),
      fontSize: `${Math.round(c.fontSize * 0.72)}px`,
      fontStyle: bold ? 'bold' : 'normal',
      color,
    });
  const g = scene.add.graphics();
  card.add(g);
  const name = c.member?.name ?? '';
  // Graphics have no bounds, so each channel says how tall its card is.
  let height = 0;
  const id = line.speaker ?? '';

  switch (line.channel) {
    case 'chat': {
      const own = id === PLAYER_SPEAKER;
      const maxBubble = Math.min(c.width * 0.72, 900);
      const text = body(line.text, maxBubble - 48);
      const who = own || !c.member ? null : small(name, '#0f766e', true);
      const time = small(c.time, COLORS.muted);
      const innerW = Math.max(text.width, who?.width ?? 0, time.width + 20);
      const bubbleW = innerW + 48;
      const bubbleH = (who ? who.height + 4 : 0) + text.height + time.height + 36;
      const x = own ? c.width - bubbleW : 80;
      g.fillStyle(COLORS.shadow, 0.15).fillRoundedRect(x, 4, bubbleW, bubbleH, 22);
      g.fillStyle(own ? COLORS.chatOwn : COLORS.chatOther, 1).fillRoundedRect(x, 0, bubbleW, bubbleH, 22);
      let y = 14;
      if (who) {
        who.setPosition(x + 24, y);
        y += who.height + 4;
        card.add(who);
      }
      text.setPosition(x + 24, y);
      time.setPosition(x + bubbleW - time.width - 20, y + text.height + 4);
      card.add([text, time]);
      if (!own && c.member) card.add(drawPortrait(scene, 34, 34, 30, id, c.member));
      height = bubbleH + 4;
      break;
    }
    case 'post': {
      const indent = c.comment ? 110 : 0;
      const w = c.width - indent;
      const head = small(c.member ? `${name}` : t('play.unknownAccount'), COLORS.inkText, true);
      const handle = small(c.comment ? t('play.commented') : `@${id || 'account'} · ${c.time}`, COLORS.muted);
      const text = body(line.text, w - 140);
      const footer = c.comment ? null : small(t('play.postFooter'), COLORS.muted);
      const h = 24 + head.height + 6 + text.height + (footer ? footer.height + 20 : 0) + 24;
      g.fillStyle(COLORS.shadow, 0.15).fillRoundedRect(indent, 4, w, h, 16);
      g.fillStyle(c.comment ? 0xf1f5f9 : COLORS.card, 1).fillRoundedRect(indent, 0, w, h, 16);
      head.setPosition(indent + 110, 22);
      handle.setPosition(head.x + head.width + 14, 22 + (head.height - handle.height) / 2);
      text.setPosition(indent + 110, 22 + head.height + 6);
      card.add([head, handle, text]);
      if (footer) {
        footer.setPosition(indent + 110, text.y + text.height + 16);
        card.add(footer);
      }
      card.add(
        drawPortrait(scene, indent + 56, 56, 34, id || 'anon', c.member ?? { name: '?', role: '', kind: 'other' }),
      );
      height = h + 4;
      break;
    }
    case 'face': {
      const text = body(line.text, c.width - 240);
      const who = small(c.member ? `${name}${c.member.role ? ` · ${c.member.role}` : ''}` : name, '#9a3412', true);
      const h = Math.max(text.height + who.height + 44, 140);
      g.fillStyle(COLORS.shadow, 0.15).fillRoundedRect(150, 4, c.width - 150, h, 20);
      g.fillStyle(COLORS.card, 1).fillRoundedRect(150, 0, c.width - 150, h, 20);
      g.fillTriangle(150, 40, 150, 80, 122, 60);
      who.setPosition(186, 16);
      text.setPosition(186, 20 + who.height + 6);
      card.add([who, text]);
      if (c.member) card.add(drawPortrait(scene, 60, 64, 58, id, c.member));
      height = Math.max(h + 4, 128);
      break;
    }
    case 'thought': {
      const label = small(t('play.youThink'), COLORS.mutedOnDark, true);
      const text = body(line.text, c.width - 120, '#f8fafc', 'italic');
      const h = label.height + text.height + 44;
      g.fillStyle(0x334155, 0.92).fillRoundedRect(40, 0, c.width - 80, h, 40);
      label.setPosition(90, 14);
      text.setPosition(90, 18 + label.height + 4);
      card.add([label, text]);
      height = h;
      break;
    }
    default: {
      const text = body(line.text, c.width - 96, '#f8fafc');
      const h = text.height + 40;
      g.fillStyle(COLORS.night, 0.92).fillRoundedRect(0, 0, c.width, h, 14);
      text.setPosition(48, 20);
      card.add(text);
      height = h;
    }
  }
  card.setSize(c.width, height);
  if (main) card.setData('body', main);
  return card;
}

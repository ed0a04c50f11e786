import { type Key, t } from '../i18n/i18n.ts';
import type { Settings, TextSize } from '../state/store.ts';
import type { Button } from '../ui/Button.ts';
import { COLORS } from '../ui/theme.ts';
import type { GameContext } from './context.ts';
import { OverlayScene, PANEL } from './OverlayScene.ts';

type Tab = 'lezen' | 'geluid';

const MOTION: { value: boolean | null; label: Key }[] = [
  { value: null, label: 'settings.motionDevice' },
  { value: true, label: 'settings.motionLess' },
  { value: false, label: 'settings.motionAll' },
];
const TEXT_SIZES: TextSize[] = ['normaal', 'groot', 'extra'];

interface SettingsData {
  from: string;
  focus?: string;
  tab?: Tab;
  startSettings?: Settings;
}

/** Settings in two tabs (reading and seeing; sound); every change is saved at once. */
export class SettingsScene extends OverlayScene {
  private startSettings: Settings | null = null;

  constructor(ctx: GameContext) {
    super('SettingsScene', ctx);
  }

  create(data: SettingsData): void {
    this.open(data.from, t('settings.title'));
    this.startSettings = data.startSettings ?? this.settings;
    const tab = data.tab ?? 'lezen';
    const s = this.settings;
    const left = PANEL.left + 60;
    const valueX = left + 420;
    const controls = new Map<string, Button>();
    this.addText(left, 110, t('settings.title'), 'h1', { color: COLORS.inkText, fontStyle: 'bold' });

    const restart = (focus: string, nextTab = tab) =>
      this.scene.restart({
        from: this.from,
        focus,
        tab: nextTab,
        startSettings: this.startSettings ?? undefined,
      } satisfies SettingsData);
    const change = (patch: Partial<Settings>, focus: string) => {
      this.ctx.store.getState().updateSettings(patch);
      restart(focus);
    };
    const add = (
      key: string,
      x: number,
      y: number,
      width: number,
      label: string,
      onActivate: () => void,
      pressed?: boolean,
      name?: string,
    ) => {
      const button = this.addButton({
        x,
        y,
        width,
        height: 80,
        label,
        variant: pressed ? 'primary' : 'secondary',
        fontSize: this.fs('tiny'),
        parent: this.dialog,
        onActivate,
      });
      if (pressed !== undefined) button.twin.element.setAttribute('aria-pressed', String(pressed));
      if (name) button.twin.element.setAttribute('aria-label', name);
      controls.set(key, button);
    };
    const row = (y: number, label: string) =>
      this.addText(left, y + 18, label, 'small', {
        color: COLORS.inkText,
        fontStyle: 'bold',
        wordWrap: { width: 400 },
      });
    const toggle = (key: keyof Settings, y: number, label: string, on: string, off: string) => {
      row(y, label);
      const value = s[key] === true;
      add(`${key}-on`, valueX, y, 280, on, () => change({ [key]: true }, `${key}-on`), value);
      add(`${key}-off`, valueX + 300, y, 280, off, () => change({ [key]: false }, `${key}-off`), !value);
    };

    add(
      'tab-lezen',
      PANEL.left + PANEL.width - 700,
      110,
      300,
      t('settings.tabReading'),
      () => restart('tab-lezen', 'lezen'),
      tab === 'lezen',
    );
    add(
      'tab-geluid',
      PANEL.left + PANEL.width - 380,
      110,
      300,
      t('settings.tabSound'),
      () => restart('tab-geluid', 'geluid'),
      tab === 'geluid',
    );

    const gap = 104;
    let y = 230;
    if (tab === 'lezen') {
      row(y, t('settings.textSize'));
      TEXT_SIZES.forEach((size, i) => {
        add(
          `text-${size}`,
          valueX + i * 300,
          y,
          280,
          t(`settings.size.${size}`),
          () => change({ textSize: size }, `text-${size}`),
          s.textSize === size,
        );
      });
      y += gap;
      row(y, t('settings.font'));
      add(
        'font-standaard',
        valueX,
        y,
        280,
        t('settings.fontStandard'),
        () => change({ font: 'standaard' }, 'font-standaard'),
        s.font === 'standaard',
      );
      add(
        'font-dyslexie',
        valueX + 300,
        y,
        280,
        t('settings.fontDyslexia'),
        () => change({ font: 'dyslexie' }, 'font-dyslexie'),
        s.font === 'dyslexie',
      );
      y += gap;
      toggle('highContrast', y, t('settings.contrast'), t('settings.contrastHigh'), t('settings.normal'));
      y += gap;
      row(y, t('settings.motion'));
      MOTION.forEach((m, i) => {
        add(
          `motion-${i}`,
          valueX + i * 300,
          y,
          280,
          t(m.label),
          () => change({ reducedMotion: m.value }, `motion-${i}`),
          s.reducedMotion === m.value,
        );
      });
      y += gap;
      toggle('readAloud', y, t('settings.readAloud'), t('settings.readAloudOn'), t('settings.off'));
      y += gap;
      if (s.readAloud && !this.ctx.reader.available(s.lang)) {
        this.addText(valueX, y - 18, t('settings.noVoice'), 'tiny', { color: '#b91c1c' });
        y += 30;
      }
      row(y, t('settings.language'));
      add('lang-nl', valueX, y, 280, 'Nederlands', () => change({ lang: 'nl' }, 'lang-nl'), s.lang === 'nl');
      add('lang-en', valueX + 300, y, 280, 'English', () => change({ lang: 'en' }, 'lang-en'), s.lang === 'en');
    } else {
      row(y, t('settings.sound'));
      add(
        'mute',
        valueX,
        y,
        280,
        s.muted ? t('settings.soundOff') : t('settings.soundOn'),
        () => change({ muted: !s.muted }, 'mute'),
        !s.muted,
      );
      y += gap;
      const percent = (v: number) => Math.round(v * 100);
      const step = (v: number, d: number) => Math.round(Math.min(1, Math.max(0, v + d)) * 10) / 10;
      for (const [key, label] of [
        ['volume', 'settings.volume'],
        ['musicVolume', 'settings.music'],
        ['sfxVolume', 'settings.effects'],
      ] as const) {
        const name = t(label);
        row(y, t('settings.level', { name, percent: percent(s[key]) }));
        add(
          `${key}-down`,
          valueX,
          y,
          280,
          t('settings.softer'),
          () => change({ [key]: step(s[key], -0.1) }, `${key}-down`),
          undefined,
          t('settings.softerName', { name }),
        );
        add(
          `${key}-up`,
          valueX + 300,
          y,
          280,
          t('settings.louder'),
          () => change({ [key]: step(s[key], 0.1) }, `${key}-up`),
          undefined,
          t('settings.louderName', { name }),
        );
        y += gap;
      }
      toggle('captions', y, t('settings.captions'), t('settings.captionsOn'), t('settings.off'));
    }
    this.addCloseButton();
    const focus = (data.focus && controls.get(data.focus)) || controls.get(`tab-${tab}`);
    focus?.twin.focus();
  }

  protected override close(): void {
    const from = this.from;
    const before = this.startSettings;
    const now = this.settings;
    const redraw =
      before &&
      (before.textSize !== now.textSize ||
        before.font !== now.font ||
        before.highContrast !== now.highContrast ||
        before.lang !== now.lang);
    super.close();
    // Screens are drawn with one text size, font and contrast; redraw the one below (play
    // keeps its place and uses the new look from the next line on).
    if (redraw && from !== 'PlayScene') this.scene.get(from).scene.restart();
  }
}

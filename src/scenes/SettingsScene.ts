import type { Settings, TextSize } from '../state/store.ts';
import type { Button } from '../ui/Button.ts';
import { COLORS } from '../ui/theme.ts';
import type { GameContext } from './context.ts';
import { OverlayScene, PANEL } from './OverlayScene.ts';

const TEXT_SIZE_LABELS: Record<TextSize, string> = { normaal: 'Normaal', groot: 'Groot', extra: 'Extra groot' };
const MOTION: { value: boolean | null; label: string }[] = [
  { value: null, label: 'Zoals je apparaat' },
  { value: true, label: 'Minder beweging' },
  { value: false, label: 'Alle beweging' },
];

/** Settings: sound, text size and motion; every change is saved at once. */
export class SettingsScene extends OverlayScene {
  constructor(ctx: GameContext) {
    super('SettingsScene', ctx);
  }

  private startSize: TextSize = 'normaal';

  create(data: { from: string; focus?: string; startSize?: TextSize }): void {
    this.open(data.from, 'Instellingen');
    const s = this.settings;
    const left = PANEL.left + 60;
    const valueX = left + 420;
    this.addText(left, 120, 'Instellingen', 'h1', { color: COLORS.inkText, fontStyle: 'bold' });
    const controls = new Map<string, Button>();
    const change = (patch: Partial<Settings>, focus: string) => {
      this.ctx.store.getState().updateSettings(patch);
      this.scene.restart({ from: this.from, focus, startSize: this.startSize });
    };
    const row = (y: number, label: string) =>
      this.addText(left, y + 14, label, 'body', { color: COLORS.inkText, fontStyle: 'bold' });
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
      if (name) button.twin.element.setAttribute('aria-label', name);
      if (pressed !== undefined) button.twin.element.setAttribute('aria-pressed', String(pressed));
      controls.set(key, button);
    };
    const percent = (v: number) => `${Math.round(v * 100)}%`;
    const step = (v: number, d: number) => Math.round(Math.min(1, Math.max(0, v + d)) * 10) / 10;

    const rowGap = 108;
    let y = 210;
    row(y, 'Geluid');
    add(
      'mute',
      valueX,
      y,
      280,
      s.muted ? 'Geluid: uit' : 'Geluid: aan',
      () => change({ muted: !s.muted }, 'mute'),
      !s.muted,
    );
    y += rowGap;
    for (const [key, name] of [
      ['volume', 'Volume'],
      ['musicVolume', 'Muziek'],
      ['sfxVolume', 'Effecten'],
    ] as const) {
      row(y, `${name}: ${percent(s[key])}`);
      add(
        `${key}-down`,
        valueX,
        y,
        280,
        '− Zachter',
        () => change({ [key]: step(s[key], -0.1) }, `${key}-down`),
        undefined,
        `${name} zachter`,
      );
      add(
        `${key}-up`,
        valueX + 300,
        y,
        280,
        '+ Harder',
        () => change({ [key]: step(s[key], 0.1) }, `${key}-up`),
        undefined,
        `${name} harder`,
      );
      y += rowGap;
    }
    row(y, 'Tekstgrootte');
    (Object.keys(TEXT_SIZE_LABELS) as TextSize[]).forEach((size, i) => {
      add(
        `text-${size}`,
        valueX + i * 300,
        y,
        280,
        TEXT_SIZE_LABELS[size],
        () => change({ textSize: size }, `text-${size}`),
        s.textSize === size,
      );
    });
    y += rowGap;
    row(y, 'Beweging');
    MOTION.forEach((m, i) => {
      add(
        `motion-${i}`,
        valueX + i * 300,
        y,
        280,
        m.label,
        () => change({ reducedMotion: m.value }, `motion-${i}`),
        s.reducedMotion === m.value,
      );
    });
    this.addCloseButton();
    this.startSize = data.startSize ?? s.textSize;
    const focus = (data.focus && controls.get(data.focus)) || controls.get('mute');
    focus?.twin.focus();
  }

  protected override close(): void {
    const from = this.from;
    const resized = this.settings.textSize !== this.startSize;
    super.close();
    // Screens are drawn at one text size; redraw the one below (play keeps its place and
    // uses the new size from the next line on).
    if (resized && from !== 'PlayScene') this.scene.get(from).scene.restart();
  }
}

import Phaser from 'phaser';
import { t } from '../i18n/i18n.ts';
import { CATALOG } from '../story/catalog.ts';
import type { CustomCheck } from '../story/checkCustomStory.ts';
import { customStories, removeCustomStory, saveCustomStory } from '../story/customCatalog.ts';
import { COLORS, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

/** How long a check may take before the story counts as too large or endless. */
const CHECK_TIMEOUT_MS = 15_000;
const MAX_BYTES = 1024 * 1024;

/**
 * An advisor's own scenario: load an .ink file (picker or drag and drop) or paste it; it is
 * compiled and checked in a worker with the inkjs compiler (loaded only here), then kept on
 * this device and playable alone or with a group.
 */
export class CustomScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('CustomScene', ctx);
  }

  create(data: { result?: CustomCheck; fileName?: string } = {}): void {
    this.begin('personeelskamer', 0.9);
    const key = this.scene.key;
    this.addText(60, 36, t('custom.title'), 'h1', { fontStyle: 'bold' });
    this.addText(60, 110, t('custom.intro'), 'small', { color: COLORS.mutedOnDark, wordWrap: { width: 1500 } });

    const group = this.ctx.a11y.group(key, t('custom.title'));
    const file = document.createElement('input');
    file.type = 'file';
    file.accept = '.ink,text/plain';
    file.className = 'a11y-field';
    file.setAttribute('aria-label', t('custom.pick'));
    Object.assign(file.style, { left: '3.1%', top: '20%', width: '44%', height: '7%', fontSize: '1.1vw' });
    const paste = document.createElement('textarea');
    paste.className = 'a11y-field';
    paste.setAttribute('aria-label', t('custom.paste'));
    paste.placeholder = t('custom.paste');
    Object.assign(paste.style, {
      left: '3.1%',
      top: '30%',
      width: '44%',
      height: '38%',
      fontFamily: 'monospace',
      fontSize: '0.9vw',
    });
    group.append(file, paste);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      file.remove();
      paste.remove();
    });

    const check = (source: string, name: string) => {
      if (source.length > MAX_BYTES * 4 || new Blob([source]).size > MAX_BYTES) {
        this.scene.restart({
          result: {
            ok: false,
            problems: [{ line: null, message: 'bestand groter dan 1 MB', explanation: t('custom.tooLarge') }],
          },
          fileName: name,
        });
        return;
      }
      this.ctx.a11y.announce(t('custom.checking'));
      runCheck(source, name).then((checked) => {
        let result = checked;
        if (checked.ok) {
          const { id } = checked.meta;
          if (CATALOG.some((e) => e.meta.id === id)) {
            result = { ok: false, problems: [{ line: null, message: `id "${id}"`, explanation: t('custom.idTaken') }] };
          } else {
            saveCustomStory({ meta: checked.meta, json: checked.json });
          }
        }
        if (this.scene.isActive()) this.scene.restart({ result, fileName: name });
        this.ctx.wake();
      });
    };
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (chosen) check(chosen.size > MAX_BYTES ? 'x'.repeat(MAX_BYTES + 1) : await chosen.text(), chosen.name);
    });
    const host = this.game.canvas.parentElement;
    const drop = async (event: DragEvent) => {
      event.preventDefault();
      const dropped = event.dataTransfer?.files?.[0];
      if (dropped) check(dropped.size > MAX_BYTES ? 'x'.repeat(MAX_BYTES + 1) : await dropped.text(), dropped.name);
    };
    const over = (event: DragEvent) => event.preventDefault();
    host?.addEventListener('drop', drop);
    host?.addEventListener('dragover', over);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      host?.removeEventListener('drop', drop);
      host?.removeEventListener('dragover', over);
    });
    this.addButton({
      x: 60,
      y: 760,
      width: 420,
      height: 80,
      label: t('custom.checkPasted'),
      variant: 'primary',
      fontSize: this.fs('small'),
      parent: group,
      onActivate: () => paste.value.trim() && check(paste.value, 'geplakt.ink'),
    });

    this.drawResult(data.result, data.fileName ?? '');
    this.drawSaved();
    this.addButton({
      x: 60,
      y: 976,
      width: 300,
      height: 80,
      label: t('common.back'),
      variant: 'ghost',
      onActivate: () => this.scene.start('TitleScene'),
    });
    this.addHelpButton();
  }

  private drawResult(result: CustomCheck | undefined, fileName: string): void {
    const left = 1000;
    const width = GAME_WIDTH - left - 60;
    if (!result) {
      this.addText(left, 220, t('custom.guide'), 'tiny', { color: COLORS.mutedOnDark, wordWrap: { width } });
      return;
    }
    if (result.ok) {
      const text = t('custom.ok', { title: result.meta.title, decisions: result.decisions, endings: result.endings });
      this.addText(left, 220, text, 'small', { color: '#86efac', fontStyle: 'bold', wordWrap: { width } });
      this.ctx.a11y.announce(text);
      this.addButton({
        x: left,
        y: 340,
        width: 400,
        height: 80,
        label: t('custom.play'),
        variant: 'primary',
        fontSize: this.fs('small'),
        onActivate: () => this.scene.start('WarningScene', { storyId: result.meta.id }),
      });
      this.addButton({
        x: left + 420,
        y: 340,
        width: 440,
        height: 80,
        label: t('custom.playGroup'),
        variant: 'secondary',
        fontSize: this.fs('small'),
        onActivate: () => this.scene.start('WarningScene', { storyId: result.meta.id, facilitator: true }),
      });
      return;
    }
    const heading = t('custom.problems', { file: fileName, count: result.problems.length });
    this.addText(left, 220, heading, 'small', { color: '#fca5a5', fontStyle: 'bold', wordWrap: { width } });
    const items = result.problems
      .slice(0, 6)
      .map((p) => `${p.line === null ? '' : `${t('custom.line', { line: p.line })}: `}${p.explanation} (${p.message})`);
    this.addText(left, 290, items.map((i) => `• ${i}`).join('\n'), 'tiny', {
      wordWrap: { width, useAdvancedWrap: true },
    });
    this.ctx.a11y.document(this.scene.key, [
      { kind: 'heading', level: 2, text: heading },
      { kind: 'list', items },
    ]);
    this.ctx.a11y.announce(heading);
  }

  private drawSaved(): void {
    const saved = customStories();
    if (saved.length === 0) return;
    const left = 1000;
    this.addText(left, 560, t('custom.saved'), 'small', { fontStyle: 'bold' });
    saved.slice(0, 4).forEach((story, i) => {
      const y = 620 + i * 84;
      this.addText(left, y + 14, story.meta.title, 'tiny', { wordWrap: { width: 500 } });
      this.addButton({
        x: left + 560,
        y,
        width: 300,
        height: 64,
        label: t('custom.remove'),
        variant: 'ghost',
        fontSize: this.fs('tiny'),
        onActivate: () => {
          removeCustomStory(story.meta.id);
          this.scene.restart({});
        },
      }).twin.element.setAttribute('aria-label', t('custom.removeName', { title: story.meta.title }));
    });
  }
}

/** Compiles and checks in a worker; a story that takes too long is stopped, never the tab. */
function runCheck(source: string, fileName: string): Promise<CustomCheck> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../story/customStoryWorker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ ok: false, problems: [{ line: null, message: 'tijdslimiet', explanation: t('custom.timeout') }] });
    }, CHECK_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<CustomCheck>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      clearTimeout(timer);
      worker.terminate();
      resolve({ ok: false, problems: [{ line: null, message: event.message, explanation: t('custom.failed') }] });
    };
    worker.postMessage({ source, fileName });
  });
}

import { storiesFor } from '../story/catalog.ts';
import type { Mode } from '../story/tags.ts';
import { COLORS, GAME_WIDTH } from '../ui/theme.ts';
import { BaseScene } from './BaseScene.ts';
import type { GameContext } from './context.ts';

const PER_PAGE = 6;
const TOPIC_NAMES: Record<string, string> = {
  pesten: 'Pesten',
  chantage: 'Chantage',
  cyberstalking: 'Cyberstalking',
  beelden: 'Beelden delen',
  naaktfoto: 'Naaktfoto',
  cyberbaiting: 'Cyberbaiting',
  nepaccount: 'Nepaccount',
  grooming: 'Grooming',
  sexting: 'Sexting',
  personeel: 'Personeel',
};

/** The scenarios for one mode, as cards built from the stories' header tags. */
export class SelectScene extends BaseScene {
  constructor(ctx: GameContext) {
    super('SelectScene', ctx);
  }

  create(data: { mode?: Mode; page?: number }): void {
    const mode = data.mode ?? this.settings.mode ?? 'student';
    const page = data.page ?? 0;
    this.begin('gang', 0.8);
    this.addText(80, 40, mode === 'student' ? 'Scenario’s voor leerlingen' : 'Scenario’s voor medewerkers', 'h1', {
      fontStyle: 'bold',
    });
    this.addText(80, 118, 'Kies een situatie. Je kunt altijd stoppen; dat kost geen punten.', 'small', {
      color: COLORS.mutedOnDark,
    });
    const stories = storiesFor(mode);
    const pages = Math.max(1, Math.ceil(stories.length / PER_PAGE));
    const shown = stories.slice(page * PER_PAGE, (page + 1) * PER_PAGE);
    const group = this.ctx.a11y.group(this.scene.key, 'Scenario’s');
    shown.forEach((entry, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const { meta } = entry;
      this.addButton({
        x: 80 + col * 900,
        y: 200 + row * 250,
        width: 860,
        height: 220,
        label: meta.title,
        detail: `${meta.summary}\n${TOPIC_NAMES[meta.topic] ?? meta.topic} · ongeveer ${meta.minutes} minuten · vanaf ${meta.age} jaar`,
        variant: 'card',
        fontSize: this.fs('h2'),
        parent: group,
        onActivate: () => {
          this.ctx.audio.ui('click');
          this.scene.start('WarningScene', { storyId: meta.id });
        },
      });
    });
    if (stories.length === 0) {
      this.addText(80, 220, 'Er zijn nog geen scenario’s voor deze groep.', 'body');
    }
    this.addButton({
      x: 80,
      y: 970,
      width: 300,
      height: 80,
      label: 'Terug',
      variant: 'ghost',
      onActivate: () => this.scene.start('TitleScene'),
    });
    if (pages > 1) {
      this.addText(GAME_WIDTH / 2, 1010, `Pagina ${page + 1} van ${pages}`, 'small').setOrigin(0.5);
      if (page > 0) {
        this.addButton({
          x: 1200,
          y: 970,
          width: 300,
          height: 80,
          label: 'Vorige',
          variant: 'ghost',
          onActivate: () => this.scene.restart({ mode, page: page - 1 }),
        });
      }
      if (page < pages - 1) {
        this.addButton({
          x: 1540,
          y: 970,
          width: 300,
          height: 80,
          label: 'Volgende',
          variant: 'secondary',
          onActivate: () => this.scene.restart({ mode, page: page + 1 }),
        });
      }
    }
    this.addSettingsButton(GAME_WIDTH - 530);
    this.addHelpButton();
  }
}

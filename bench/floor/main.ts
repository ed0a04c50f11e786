/**
 * The floor for the benchmark: a bare Phaser 4 game built the same way as Online Grenzen
 * (same Phaser build, same scale mode), showing one text and one button twin. The game can
 * not start faster than this.
 */
import Phaser from 'phaser';

class Floor extends Phaser.Scene {
  create(): void {
    this.add.text(960, 540, 'Phaser', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    const button = document.createElement('button');
    button.textContent = 'Ready';
    button.className = 'a11y-twin';
    document.body.append(button);
  }
}

new Phaser.Game({
  type: Phaser.CANVAS,
  parent: 'game',
  width: 1920,
  height: 1080,
  backgroundColor: '#1d2a4d',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Floor],
});

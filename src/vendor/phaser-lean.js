/**
 * Phaser 4 built from its own source: Phaser's official core entry (no physics, tilemaps,
 * particles, sound manager, video) plus the two game objects this game also draws with.
 * The prebuilt bundle does not tree-shake; this cuts the game's JavaScript by about a third.
 * Vite aliases 'phaser' to this file; types still come from the phaser package. The core
 * entry is kept whole because Phaser's modules depend on its load order.
 */

import Container from 'phaser-src/gameobjects/container/Container';
import Phaser from 'phaser-src/phaser-core.js';
import 'phaser-src/gameobjects/container/ContainerFactory';
import GameObjectEvents from 'phaser-src/gameobjects/events';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle';
import GetTextSize from 'phaser-src/gameobjects/text/GetTextSize';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory';

Phaser.GameObjects.Container = Container;
Phaser.GameObjects.Rectangle = Rectangle;
Phaser.GameObjects.Events = GameObjectEvents;
// Already in the build (Text uses it); exposed for measuring a text without drawing it.
Phaser.GameObjects.GetTextSize = GetTextSize;

export default Phaser;

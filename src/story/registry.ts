/**
 * The vocabulary stories may use for places and sounds. Each id has art or a sound in the
 * game; the story tests check that stories use only these, and that the cast is known.
 */
export const SCENES = {
  klaslokaal: 'een klaslokaal',
  gang: 'de gang van school',
  'kamer-vp': 'de kamer van de vertrouwenspersoon',
  thuis: 'thuis, een slaapkamer of woonkamer',
  schoolplein: 'het schoolplein',
  personeelskamer: 'de personeelskamer',
  kantoor: 'het kantoor van de schoolleiding',
  kantine: 'de kantine of aula',
  sporthal: 'de sporthal of het sportveld',
  onderweg: 'onderweg: fiets, bus of straat',
} as const;
export type SceneId = keyof typeof SCENES;

export const SFX = {
  ping: 'een chatbericht komt binnen',
  notificatie: 'een melding van sociale media',
  trillen: 'een telefoon trilt',
  bel: 'de schoolbel',
  deur: 'er wordt op de deur geklopt',
  camera: 'een telefoon maakt een foto of filmt',
  typen: 'iemand typt',
} as const;
export type SfxId = keyof typeof SFX;

export function isSceneId(id: string): id is SceneId {
  return Object.hasOwn(SCENES, id);
}

export function isSfxId(id: string): id is SfxId {
  return Object.hasOwn(SFX, id);
}

/** Reserved speaker id for the player's own lines (own chat bubbles, own words). */
export const PLAYER_SPEAKER = 'ik';

import type { ExternalBinding } from './StoryRunner.ts';

export interface PlayContext {
  /** Played by a group with an advisor at the projector. */
  facilitator: boolean;
}

/**
 * The external functions every story may declare with `EXTERNAL`. They are facts about the
 * play, safe for ink's lookahead. Each needs an ink fallback only for Inky; the game turns
 * fallbacks off, so a missing binding fails at once.
 */
export function gameExternals(context: PlayContext): Record<string, ExternalBinding> {
  return {
    is_facilitator: { fn: () => context.facilitator, lookaheadSafe: true },
  };
}

/// <reference lib="webworker" />
// Checks an advisor's story off the main thread; the page ends it after a time limit.
import { checkCustomStory } from './checkCustomStory.ts';

self.onmessage = (event: MessageEvent<{ source: string; fileName: string }>) => {
  self.postMessage(checkCustomStory(event.data.source, event.data.fileName));
};

import { describeStoryChecks, shard } from './storyChecks.ts';

describeStoryChecks(shard(0, 2));

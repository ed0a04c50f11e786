import { describeStoryChecks, shard } from './storyChecks.ts';

describeStoryChecks(shard(1, 2));

declare module '*.ink' {
  const json: object;
  export default json;
}
declare module '*.ink?meta' {
  const meta: import('./tags.ts').StoryMeta;
  export default meta;
}

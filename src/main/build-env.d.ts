// What the bundler (electron-vite, vitest) tells the main side about the build; absent under plain Node (tsx).
interface ImportMetaEnv {
  readonly DEV?: boolean;
}
interface ImportMeta {
  readonly env?: ImportMetaEnv;
}

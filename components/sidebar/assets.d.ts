/** Vite's `?url` imports of packaged files (the PDF fonts): the file's URL in the extension. */
declare module '*.ttf?url' {
  const url: string;
  export default url;
}

/** Vite's `?worker&url` import: the URL of the separately built worker script. */
declare module '*?worker&url' {
  const url: string;
  export default url;
}

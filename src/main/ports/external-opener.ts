/** Opens a web page in the user's browser (Electron's shell in the app). */
export type ExternalOpener = { open(url: string): Promise<void> };

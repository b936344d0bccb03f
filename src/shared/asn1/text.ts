/**
 * TextDecoder exists in every runtime we ship to (Node, Electron, browsers) but is not in
 * lib ES2023, and src/shared may not pull in DOM or Node typings. Typing the little we use
 * here, instead of a global declaration, cannot clash with the DOM or Node declarations
 * that other projects compile these files against.
 */
type Decoder = { decode(bytes: Uint8Array): string };
type DecoderClass = new (label: string, options?: { fatal?: boolean }) => Decoder;

const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

/** Throws on invalid UTF-8 (callers turn that into their own error). */
export const strictUtf8: Decoder = new TextDecoderClass('utf-8', { fatal: true });
/** WHATWG "latin1" (windows-1252), as the decoders used before; never throws. */
export const latin1: Decoder = new TextDecoderClass('latin1');

/** TextEncoder, typed the same way and for the same reason. Lone surrogates become U+FFFD. */
type EncoderClass = new () => { encode(text: string): Uint8Array };

const utf8Encoder = new (globalThis as unknown as { TextEncoder: EncoderClass }).TextEncoder();

export const utf8Encode = (text: string): Uint8Array => utf8Encoder.encode(text);

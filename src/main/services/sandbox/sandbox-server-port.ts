/** One HTTP exchange of the sandbox's loopback server (CRL and OCSP), without Node's types. */
export type SandboxRequest = { method: string; path: string; body: Uint8Array };
export type SandboxResponse = { status: number; contentType: string; body: Uint8Array };

/**
 * The loopback HTTP server of the sandbox (adapters/sandbox-server.ts): 127.0.0.1 only.
 * `start` tries `preferredPort` first (certificates already issued name it), else any port.
 */
export type SandboxServer = {
  start(
    handle: (request: SandboxRequest) => Promise<SandboxResponse>,
    preferredPort: number | null,
  ): Promise<{ port: number }>;
  stop(): Promise<void>;
};

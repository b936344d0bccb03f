import type { z } from 'zod';
import type { ContractShape, EventsShape } from './define.js';
import type { contract, events } from './contract.js';

/** Channel names are `<namespace>.<method>`; one source for main, preload and bridge. */
export type Contract = typeof contract;
export type Events = typeof events;
export type Namespace = keyof Contract;
export type Channel = {
  [N in Namespace]: `${N & string}.${keyof Contract[N] & string}`;
}[Namespace];

export type ArgsOf<N extends Namespace, M extends keyof Contract[N]> = Contract[N][M] extends {
  args: infer A extends z.ZodType;
}
  ? z.input<A>
  : never;
export type ParsedArgsOf<N extends Namespace, M extends keyof Contract[N]> = Contract[N][M] extends {
  args: infer A extends z.ZodType;
}
  ? z.output<A>
  : never;
export type ResultOf<N extends Namespace, M extends keyof Contract[N]> = Contract[N][M] extends {
  result: infer R extends z.ZodType;
}
  ? z.output<R>
  : never;

export type EventName = keyof Events & string;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export type Unsubscribe = () => void;

/** What `window.vigie` looks like to the renderer (preload or dev bridge). */
export type RendererApi = {
  readonly [N in Namespace]: {
    readonly [M in keyof Contract[N]]: (args: ArgsOf<N, M>) => Promise<ResultOf<N, M>>;
  };
} & {
  readonly events: {
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
  };
};

/** Who is calling: main fills this after checking the sender frame. */
export type CallContext = { readonly origin: string };

/** What the main process must implement: one handler per operation, args already parsed. */
export type MainHandlers = {
  readonly [N in Namespace]: {
    readonly [M in keyof Contract[N]]: (
      args: ParsedArgsOf<N, M>,
      context: CallContext,
    ) => Promise<ResultOf<N, M>>;
  };
};

// Compile-time guards: the tables keep their declared shapes.
export type ContractIsWellFormed = Contract extends ContractShape ? true : never;
export type EventsAreWellFormed = Events extends EventsShape ? true : never;

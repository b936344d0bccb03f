import { z } from 'zod';

/** One operation of the contract: the renderer sends `args`, main answers `result`. */
export type Operation<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> = {
  readonly args: A;
  readonly result: R;
  /** One line for the contract snapshot and the docs. */
  readonly summary: string;
};

export const op = <A extends z.ZodType, R extends z.ZodType>(o: Operation<A, R>): Operation<A, R> => o;

/** zod form of `Result<T, E>` (see ../result.ts) so a result can be checked on arrival. */
export const resultOf = <T extends z.ZodType, E extends z.ZodType>(value: T, error: E) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error }),
  ]);

export type ContractShape = Readonly<Record<string, Readonly<Record<string, Operation>>>>;
export type EventsShape = Readonly<Record<string, z.ZodType>>;

// The shape of the core's implementation of shared/contract.ts: one handler per channel, taking
// the argument as its schema parsed it. A missing or mistyped handler is a compile error in api.ts.
import type { ParsedArg, RequestChannel, RequestResult } from '../../shared/contract';

export type Handlers = {
  [C in RequestChannel]: (arg: ParsedArg<C>) => Promise<RequestResult<C>>;
};

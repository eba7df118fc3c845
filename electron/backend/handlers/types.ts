import type { Handlers } from '../dispatch';
import type { ServiceContext } from '../services/context';

/** Gives a handler the service context for the method it serves. */
export type ContextFor = (method: string) => ServiceContext;

/** The handlers of one feature: exactly the methods its contract module declares. */
export type FeatureHandlers<Spec> = Pick<Handlers, Extract<keyof Spec, keyof Handlers>>;

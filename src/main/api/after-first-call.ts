import type { Dispatch } from './dispatch';

/**
 * `dispatch`, which runs `then` once, right after it has answered the first call of `method`.
 * The web host starts its spare import worker (a second of CPU loading pdf.js) after the first
 * `app.boot` has its answer, so the worker does not compete with the page it is booting.
 */
export function afterFirstCall(dispatch: Dispatch, method: string, then: () => void): Dispatch {
  let done = false;
  return async (called, input) => {
    const answer = await dispatch(called, input);
    if (!done && called === method) {
      done = true;
      setImmediate(then);
    }
    return answer;
  };
}

import { type ApiFailure, ApiError } from '../../web/src/api/client';

/** The typed failure a call of the API client ends in; an answer, or any other error, fails the test. */
export async function failureOf(call: () => Promise<unknown>): Promise<ApiFailure> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ApiError) return error.failure;
    throw error;
  }
  throw new Error('the API answered');
}

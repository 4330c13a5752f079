// fetch wrapper for the JSON API: answers come back parsed; a failure (problem+json or not, or no
// server at all) becomes an ApiError whose message is the server's `detail`, ready to show.

export class ApiError extends Error {
  constructor(message, status, problem = null) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

/** The sentence to show for a failed answer: the problem's detail, else its title, else the status. */
export function problemMessage(status, statusText, problem) {
  const detail = problem?.detail ?? problem?.title;
  if (detail) return String(detail);
  if (status === 404) return 'not found';
  return `the server answered ${status}${statusText ? ` ${statusText}` : ''}`;
}

/**
 * Calls the API. `json` is sent as a JSON body; `body` (e.g. FormData) as is.
 * Resolves to the parsed JSON (or null for an empty answer); rejects with an ApiError.
 */
export async function api(path, { method = 'GET', json, body, fetchImpl = globalThis.fetch } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetchImpl(path, { method, headers, body: json !== undefined ? JSON.stringify(json) : body });
  } catch (e) {
    throw new ApiError(`cannot reach the server (${e.message})`, 0);
  }
  const type = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  const parsed = type.includes('json') && text ? tryParse(text) : null;
  if (!response.ok) {
    throw new ApiError(problemMessage(response.status, response.statusText, parsed), response.status, parsed);
  }
  return parsed ?? (text || null);
}

function tryParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Shows `error` in the alert box `box`, prefixed with what was being done. */
export function showError(box, doing, error) {
  box.textContent = `${doing}: ${error.message}`;
  box.hidden = false;
}

export function clearError(box) {
  box.textContent = '';
  box.hidden = true;
}

/**
 * Ownership without accounts: an owner key (a random secret in an HttpOnly cookie, or a header for scripts) of
 * which only the SHA-256 is stored, the stateless security filter chain that reads it and refuses cross-site
 * writes, and problem bodies for its refusals.
 */
package com.lstmexplorer.owners;

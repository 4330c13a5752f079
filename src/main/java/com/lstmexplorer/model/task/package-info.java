/** The seed tasks of "Exploring LSTMs" (and users' own data): generators, evaluation, latent variables. */
package com.lstmexplorer.model.task;

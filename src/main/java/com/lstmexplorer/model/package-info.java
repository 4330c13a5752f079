/**
 * The LSTM engine: vocabularies, networks, traces of every gate; imports neither Spring nor web code. Built on
 * model.cell; model.task builds on this package, model.train on model.task, model.analysis on model.task.
 */
package com.lstmexplorer.model;

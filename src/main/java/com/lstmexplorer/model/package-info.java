/** The LSTM engine: vocabularies, networks, traces of every gate; imports neither Spring nor web code. */
package com.lstmexplorer.model;

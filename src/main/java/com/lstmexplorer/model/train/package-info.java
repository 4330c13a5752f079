/** Training by backpropagation through time: minibatches with masks, Adam, clipping by global norm. */
package com.lstmexplorer.model.train;
